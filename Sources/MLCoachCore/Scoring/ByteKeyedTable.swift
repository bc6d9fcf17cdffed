/// Byte strings numbered in the order they were first seen, looked up without building a String.
///
/// Scoring meets every word of an answer, most of them repeats; hashing a `String` key with
/// SipHash and building the String first was a fifth of scoring an 800-word answer. Keys are
/// copied once into one arena; an open-addressing table (linear probing, at most half full)
/// holds entry numbers. An entry number is 0..<count, so a caller keeps what it knows about
/// a key in an array indexed by it.
struct ByteKeyedTable {
  private var arena: [UInt8] = []
  /// Entry `i`'s key is `arena[ends[i - 1]..<ends[i]]` (from 0 for the first).
  private var ends: [Int32] = []
  private var hashes: [UInt64] = []
  /// Entry numbers, -1 for an empty slot; the count is a power of two.
  private var slots = [Int32](repeating: -1, count: 64)

  var count: Int { hashes.count }

  /// FNV-1a over the bytes: cheap for the short keys this table holds (words).
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { bytes.reduce(hashSeed, hashStep) }

  /// FNV-1a's start and step, for hashing a key byte by byte (the vocabulary hashes every
  /// prefix of a word on the way).
  static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
  @inline(__always)
  static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

  /// The entry number of `key`, or nil when it was never inserted.
  func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    let mask = slots.count - 1
    var index = Self.start(hash) & mask
    while true {
      let entry = Int(slots[index])
      if entry < 0 { return nil }
      if hashes[entry] == hash && keyEquals(entry, key) { return entry }
      index = (index + 1) & mask
    }
  }

  /// The entry number of `key`, inserting it as entry `count` when new.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int, isNew: Bool) {
    if let entry = find(key, hash: hash) { return (entry, false) }
    if (count + 1) * 2 > slots.count { rehash(into: slots.count * 2) }
    let entry = count
    arena.append(contentsOf: key)
    ends.append(Int32(arena.count))
    hashes.append(hash)
    place(entry)
    return (entry, true)
  }

  private func keyEquals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = entry == 0 ? 0 : Int(ends[entry - 1])
    let end = Int(ends[entry])
    guard end - start == key.count else { return false }
    var i = 0
    while i < key.count {
      if arena[start + i] != key[i] { return false }
      i += 1
    }
    return true
  }

  private mutating func place(_ entry: Int) {
    let mask = slots.count - 1
    var index = Self.start(hashes[entry]) & mask
    while slots[index] >= 0 { index = (index + 1) & mask }
    slots[index] = Int32(entry)
  }

  private mutating func rehash(into size: Int) {
    slots = [Int32](repeating: -1, count: size)
    for entry in 0..<count { place(entry) }
  }

  /// Where probing starts: the hash's high bits mixed (Fibonacci hashing).
  @inline(__always)
  private static func start(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) }
}
