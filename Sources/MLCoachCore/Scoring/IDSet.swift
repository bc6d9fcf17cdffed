/// A set of small non-negative integers (word ids, token or sentence positions) kept as a
/// bitmap: membership is a shift and a mask, with no hashing.
///
/// Scoring asks "is this word a negator / a clause boundary / a content word?" for almost
/// every token of every mention; with `Set<Int32>` a third of the scoring time went to
/// hashing. Negative values (-1 is "a word the rubric never uses") are never members.
/// Memory is one bit per value up to the largest member (10,000 ids: 1.25 KB).
struct IDSet: Sendable, Equatable {
  private var bits: [UInt64] = []

  init() {}

  init<S: Sequence>(_ members: S) where S.Element: BinaryInteger {
    for member in members { insert(Int(member)) }
  }

  var isEmpty: Bool { !bits.contains { $0 != 0 } }

  @inline(__always)
  func contains(_ value: Int) -> Bool {
    guard value >= 0 else { return false }
    let word = value >> 6
    return word < bits.count && bits[word] & (1 << UInt64(value & 63)) != 0
  }

  @inline(__always)
  func contains(_ value: Int32) -> Bool { contains(Int(value)) }

  mutating func insert(_ value: Int) {
    guard value >= 0 else { return }
    let word = value >> 6
    if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word - bits.count + 1)) }
    bits[word] |= 1 << UInt64(value & 63)
  }

  mutating func insert(_ value: Int32) { insert(Int(value)) }

  mutating func remove(_ value: Int32) {
    let value = Int(value)
    guard value >= 0, value >> 6 < bits.count else { return }
    bits[value >> 6] &= ~(1 << UInt64(value & 63))
  }

  mutating func formUnion(_ other: IDSet) {
    if other.bits.count > bits.count { bits.append(contentsOf: repeatElement(0, count: other.bits.count - bits.count)) }
    for index in other.bits.indices { bits[index] |= other.bits[index] }
  }

  mutating func subtract(_ other: IDSet) {
    for index in 0..<min(bits.count, other.bits.count) { bits[index] &= ~other.bits[index] }
  }
}
