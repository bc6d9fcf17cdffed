extension Scorer {
  /// Credit that comes from the interview itself rather than from the written answer:
  /// replies to follow-ups (`FollowUpAnswerRule`), questions answered by facts
  /// (`AskedAboutFactRule`) and the habit of asking (`ClarifyingQuestionsRule`). Each can only
  /// raise a verdict, never lower one.
  func applyPracticeCredit(to verdicts: inout [ItemVerdict], answer: Answer) {
    func raise(_ index: Int, to reason: MatchReason, evidence: String) {
      guard let status = reason.status else { return }
      let current = verdicts[index]
      let better = current.status == .missed || current.status == .contradicted
        || (current.status == .partial && status == .hit)
      guard better else { return }
      verdicts[index].status = status
      verdicts[index].rule = reason
      verdicts[index].note = reason.note
      verdicts[index].evidence = evidence
    }
    for reply in answer.followUpReplies {
      guard let index = scenario.rubric.firstIndex(where: { $0.id == reply.itemID }),
            let reason = FollowUpAnswerRule.judge(reply: reply.text, item: scenario.rubric[index]) else { continue }
      raise(index, to: reason, evidence: reply.text)
    }
    guard !answer.askedQuestions.isEmpty else { return }
    for (index, question) in askedAboutFact.credited(by: answer.askedQuestions) {
      raise(index, to: .askedAboutFact, evidence: question)
    }
    if let evidence = ClarifyingQuestionsRule.evidence(answer.askedQuestions) {
      for (index, item) in scenario.rubric.enumerated() where ClarifyingQuestionsRule.isAboutAsking(item) {
        raise(index, to: .askedClarifyingQuestions, evidence: evidence)
      }
    }
  }
}
