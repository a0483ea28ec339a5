using HydraEngine.Library.Versioning;

namespace HydraEngine.Library.Tests.Versioning;

public sealed class LineDiffTests
{
    [Fact]
    public void A_changed_line_is_shown_removed_then_added_with_context()
    {
        LineDiff.Unified("a\nb\nc\nd", "a\nb\nX\nd").ShouldBe(["@@ -1,4 +1,4 @@", " a", " b", "-c", "+X", " d"]);
    }

    [Fact]
    public void Identical_texts_have_no_hunks()
    {
        LineDiff.Unified("a\nb", "a\nb").ShouldBeEmpty();
    }

    [Fact]
    public void Distant_changes_make_separate_hunks()
    {
        var before = string.Join('\n', Enumerable.Range(0, 30).Select(i => $"line {i}"));
        var after = before.Replace("line 2\n", "line two\n", StringComparison.Ordinal).Replace("line 25", "line twenty-five", StringComparison.Ordinal);
        LineDiff.Unified(before, after).Count(line => line.StartsWith("@@", StringComparison.Ordinal)).ShouldBe(2);
    }
}
