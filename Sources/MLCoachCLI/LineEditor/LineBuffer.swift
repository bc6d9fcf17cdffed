/// The line being edited: its characters, the cursor (an index into them) and the text last
/// killed. Pure value semantics, so every editing key is a small tested function.
struct LineBuffer: Equatable, Sendable {
  private(set) var characters: [Character] = []
  /// 0...characters.count
  private(set) var cursor = 0
  /// What Ctrl-K, Ctrl-U or Ctrl-W removed last, for Ctrl-Y.
  private(set) var killed: [Character] = []

  init(_ text: String = "", cursor: Int? = nil) {
    characters = Array(text)
    self.cursor = min(max(0, cursor ?? characters.count), characters.count)
  }

  var text: String { String(characters) }
  var isEmpty: Bool { characters.isEmpty }

  /// Text before the cursor (what the renderer measures to place the cursor).
  var beforeCursor: String { String(characters[..<cursor]) }

  mutating func insert(_ text: String) {
    let new = Array(text)
    characters.insert(contentsOf: new, at: cursor)
    cursor += new.count
  }

  /// Removes and returns the text after the cursor (not a kill: Ctrl-Y does not see it).
  mutating func takeTail() -> String {
    let tail = String(characters[cursor...])
    characters.removeSubrange(cursor...)
    return tail
  }

  /// Inserts `text` after the cursor, leaving the cursor where it is.
  mutating func insertAfterCursor(_ text: String) {
    characters.insert(contentsOf: Array(text), at: cursor)
  }

  mutating func replace(with text: String) {
    characters = Array(text)
    cursor = characters.count
  }

  mutating func backspace() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  mutating func moveLeft() { cursor = max(0, cursor - 1) }
  mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
  mutating func moveHome() { cursor = 0 }
  mutating func moveEnd() { cursor = characters.count }

  /// To the start of this word, or of the previous one (as Alt-B in the shells).
  mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

  /// To the end of this word, or of the next one (as Alt-F).
  mutating func moveWordRight() {
    var index = cursor
    while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
    while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
    cursor = index
  }

  mutating func killToEnd() {
    guard cursor < characters.count else { return }
    killed = Array(characters[cursor...])
    characters.removeSubrange(cursor...)
  }

  mutating func killToStart() {
    guard cursor > 0 else { return }
    killed = Array(characters[..<cursor])
    characters.removeSubrange(..<cursor)
    cursor = 0
  }

  /// Ctrl-W: the word before the cursor and the spaces after it, as the shells do.
  mutating func killWordBack() {
    var start = cursor
    while start > 0, characters[start - 1] == " " { start -= 1 }
    while start > 0, characters[start - 1] != " " { start -= 1 }
    guard start < cursor else { return }
    killed = Array(characters[start..<cursor])
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  mutating func killWordForward() {
    let start = cursor
    moveWordRight()
    guard cursor > start else { return }
    killed = Array(characters[start..<cursor])
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  mutating func yank() { insert(String(killed)) }

  /// Ctrl-T: swap the characters around the cursor (the last two at the end of the line).
  mutating func transpose() {
    guard characters.count >= 2, cursor > 0 else { return }
    let right = cursor == characters.count ? cursor - 1 : cursor
    characters.swapAt(right - 1, right)
    cursor = min(characters.count, right + 1)
  }

  private func wordStart(before position: Int) -> Int {
    var index = position
    while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    return index
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }
}
