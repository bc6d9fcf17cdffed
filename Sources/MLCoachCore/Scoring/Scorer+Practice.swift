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
      // A question answered by the item's fact is surer evidence than one that only shares its
      // words: "Are there legal or privacy limits on using couriers' GPS traces?" named the GPS
      // of the lifecycle-logs item and was quoted for it, beside "do we reliably log a timestamp
      // for each of those stages?" (tmux, forty-fifth session).
      raise(index, to: worksOut[index] ? .onlyAskedAbout : .askedAboutFact, evidence: question,
            evenIfEqual: verdicts[index].rule == .askedAsQuestion)
    }
    if let evidence = ClarifyingQuestionsRule.evidence(answer.askedQuestions) {
      for (index, item) in scenario.rubric.enumerated() where ClarifyingQuestionsRule.isAboutAsking(item) {
        raise(index, to: .askedClarifyingQuestions, evidence: evidence)
      }
    }
  }
}
