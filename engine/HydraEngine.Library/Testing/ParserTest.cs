using System.Text.Json.Nodes;

namespace HydraEngine.Library.Testing;

/// <summary>
/// One saved test of a page parser (a test pack is a parser's list of them): the document with the URL it came from,
/// and what the parser is expected to make of it, as <c>hydra parse --json</c> prints it (<c>{"parser","url","posts","error"}</c>).
/// </summary>
public sealed record ParserTest(string Parser, string Url, string Document, JsonObject Expected);

/// <summary>A test's outcome: passed, or the first difference (and what the parser made of the document now).</summary>
public sealed record ParserTestResult(ParserTest Test, bool Passed, string? Problem, JsonObject? Actual);
