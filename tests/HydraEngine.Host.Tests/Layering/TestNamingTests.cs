using System.Text.RegularExpressions;
using HydraEngine.Testing;

namespace HydraEngine.Host.Tests.Layering;

/// <summary>
/// One naming style for every test (tests/README.md): a test method is a sentence, words joined by <c>_</c>, the first
/// capitalised; acronyms (<c>URL</c>, <c>PNG</c>) and versions (<c>v2</c>) are words, camel humps are not.
/// </summary>
public sealed partial class TestNamingTests
{
    private static readonly string Tests = Path.Combine(RepositoryPaths.Root, "tests");

    public static TheoryData<string> TestProjects() =>
        [.. Directory.GetDirectories(Tests, "*.Tests").Select(folder => Path.GetFileName(folder)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TestProjects))]
    public void Every_test_method_is_named_as_a_sentence(string project)
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Tests, project), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => TestMethod().Matches(File.ReadAllText(path)).Select(match => (Path: path, Name: match.Groups["name"].Value)))
            .Where(test => !IsSentence(test.Name))
            .Select(test => $"{Path.GetRelativePath(Tests, test.Path)}: {test.Name}")
            .ToList();

        offenders.ShouldBeEmpty($"test methods not named as a sentence (words joined by '_'):\n{string.Join('\n', offenders)}");
    }

    [Theory]
    [InlineData("A_catastrophic_substitution_fails_with_the_timeout_code", true)]
    [InlineData("Html_v1_to_v2_adds_neutral_culling", true)]
    [InlineData("Every_PNG_row_decodes", true)]
    [InlineData("HtmlV1ToV2_AddsNeutralCulling", false)]
    [InlineData("GivenAStore_WhenOpened_ThenItMigrates", false)]
    [InlineData("lowercase_first_word", false)]
    public void The_rule_tells_a_sentence_from_camel_case(string name, bool sentence) => IsSentence(name).ShouldBe(sentence);

    private static bool IsSentence(string name) =>
        char.IsUpper(name[0]) && name.Split('_').All(word => !word.Zip(word.Skip(1)).Any(pair => char.IsLower(pair.First) && char.IsUpper(pair.Second)));

    [GeneratedRegex(@"\[\w*(?:Fact|Theory)\b[^\]]*\]\s*(?:\[[^\]]*\]\s*)*public\s+(?:async\s+)?(?:Task|void)\s+(?<name>\w+)\s*\(")]
    private static partial Regex TestMethod();
}
