using System.Text.RegularExpressions;
using HydraEngine.Testing;

namespace HydraEngine.Host.Tests.Layering;

/// <summary>
/// The engine reads time from the clock it was given (an accelerated or test clock must reach every "now"). The
/// banned-symbols list stops <c>DateTime.Now</c> and friends; this stops reading <c>TimeProvider.System</c> directly.
/// Passing it as a default (<c>clock ?? TimeProvider.System</c>) is allowed; a direct read must say, in a comment just
/// above it, why it needs the wall clock (file-system times, a certificate other machines check).
/// </summary>
public sealed partial class WallClockTests
{
    private static readonly string Engine = Path.Combine(RepositoryPaths.Root, "engine");

    [Fact]
    public void Every_direct_read_of_the_system_clock_in_the_engine_says_why_it_needs_the_wall_clock()
    {
        var offenders = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories).Where(IsSource))
        {
            var lines = File.ReadAllLines(path);
            for (var index = 0; index < lines.Length; index++)
            {
                if (DirectRead().IsMatch(lines[index]) && !Justified(lines, index))
                {
                    offenders.Add($"{Path.GetRelativePath(Engine, path)}:{index + 1}: {lines[index].Trim()}");
                }
            }
        }

        offenders.ShouldBeEmpty($"read the injected TimeProvider instead, or say why the wall clock is needed:\n{string.Join('\n', offenders)}");
    }

    [Theory]
    [InlineData("var now = TimeProvider.System.GetUtcNow();", true)]
    [InlineData("await Task.Delay(slice, TimeProvider.System, token);", false)]
    [InlineData("clock ?? TimeProvider.System", false)]
    [InlineData("public TimeProvider Clock { get; init; } = TimeProvider.System;", false)]
    public void A_direct_read_is_a_member_of_the_system_clock(string line, bool direct) => DirectRead().IsMatch(line).ShouldBe(direct);

    private static bool Justified(string[] lines, int index) =>
        Enumerable.Range(Math.Max(0, index - 2), Math.Min(2, index)).Any(above => lines[above].TrimStart().StartsWith("//", StringComparison.Ordinal)
            && lines[above].Replace('-', ' ').Contains("wall clock", StringComparison.OrdinalIgnoreCase));

    private static bool IsSource(string path) =>
        !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex(@"TimeProvider\.System\.\w")]
    private static partial Regex DirectRead();
}
