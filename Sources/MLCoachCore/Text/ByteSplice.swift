/// Text with some of its UTF-8 byte ranges replaced: how a rule rewrites the words it found
/// (`WordTokenizer` gives each word's byte offsets) and leaves every other byte as typed.
public enum ByteSplice {
  /// `text` with each edit's byte range (UTF-8 offsets into `text`, ascending and not
  /// overlapping) replaced by its text; an empty replacement cuts the range out.
  public static func replacing(_ text: String, _ edits: [(range: Range<Int>, with: String)]) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var position = 0
    for edit in edits {
      out += bytes[position..<edit.range.lowerBound]
      out += Array(edit.with.utf8)
      position = edit.range.upperBound
    }
    out += bytes[position...]
    return String(decoding: out, as: UTF8.self)
  }
}
