extension Scorer {
  /// Credit that comes from the interview itself rather than from the written answer:
  /// replies to follow-ups (`FollowUpAnswerRule`), questions answered by facts
  /// (`AskedAboutFactRule`) and the habit of asking (`ClarifyingQuestionsRule`). Each can only
  /// raise a verdict, never lower one. A reply to a follow-up that earns the verdict the item
  /// already has becomes its evidence: it answers the question asked about that item, where the
  /// sentence found first may only touch it (a trial's "clicks vs raters" follow-up answer lost
  /// to a list of offline metrics).
  func applyPracticeCredit(to verdicts: inout [ItemVerdict], answer: Answer) {
    func raise(_ index: Int, to reason: MatchReason, evidence: String, evenIfEqual: Bool = false) {
      guard let status = reason.status else { return }
      let current = verdicts[index]
      let better = current.status == .missed || current.status == .contradicted
        || (current.status == .partial && status == .hit) || (evenIfEqual && current.status == status)
      guard better else { return }
      verdicts[index].status = status
      verdicts[index].rule = reason
      verdicts[index].note = reason.note
      verdicts[index].evidence = evidence
    }
    let common = answer.followUpReplies.isEmpty ? [] : FollowUpAnswerRule.commonTerms(of: scenario)
    for reply in answer.followUpReplies {
      guard let index = scenario.rubric.firstIndex(where: { $0.id == reply.itemID }),
            let reason = FollowUpAnswerRule.judge(reply: reply.text, item: scenario.rubric[index], ignoring: common)
      else { continue }
      raise(index, to: reason, evidence: reply.text, evenIfEqual: true)
    }
    guard !answer.askedQuestions.isEmpty else { return }
    for (index, question) in askedAboutFact.credited(by: answer.askedQuestions) {
      // Asking for the figures an item wants worked out ("QPS?" for "Turns users into load") is partial.
      raise(index, to: worksOut[index] ? .onlyAskedAbout : .askedAboutFact, evidence: question)
    }
    if let evidence = ClarifyingQuestionsRule.evidence(answer.askedQuestions) {
      for (index, item) in scenario.rubric.enumerated() where ClarifyingQuestionsRule.isAboutAsking(item) {
        raise(index, to: .askedClarifyingQuestions, evidence: evidence)
      }
    }
  }
}
