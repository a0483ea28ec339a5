using System.Diagnostics;
using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>A catastrophic pattern must stop at the match timeout instead of hanging.</summary>
public sealed class RegexTimeoutTests
{
    private const string Catastrophic = "(a+)+$";

    private static readonly string Victim = new string('a', 30) + "b";

    [Fact]
    public void A_catastrophic_substitution_fails_with_the_timeout_code()
    {
        var converter = new StringConverter(new StringConversion[] { new RegexSubstitution(Catastrophic, "x") }, "x");
        var clock = Stopwatch.StartNew();

        var failure = Should.Throw<StringProcessingException>(() => StringServices.Default.Convert(converter, Victim));

        failure.Code.ShouldBe(StringErrorCodes.RegexTimeout);
        failure.StepIndex.ShouldBe(0);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_catastrophic_match_does_not_match()
    {
        var match = new StringMatch(StringMatchType.Regex, Catastrophic, null, null, "x");
        var clock = Stopwatch.StartNew();

        StringMatching.Matches(match, Victim).ShouldBeFalse();

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_catastrophic_sort_key_leaves_the_list_unchanged()
    {
        var processor = new StringProcessor(new Definition[] { new StringSorter(StringSortType.Lexicographic, true, Catastrophic) });

        StringServices.Default.Process(processor, ["b", Victim, "a"]).ShouldBe(["b", Victim, "a"]);
    }

    [Fact]
    public void Every_compiled_pattern_carries_the_match_timeout()
    {
        PythonRegex.Get(Catastrophic).MatchTimeout.ShouldBe(PythonRegex.MatchTimeout);
        Should.Throw<StringProcessingException>(() => PythonRegex.Substitute(Catastrophic, "x", Victim)).Code.ShouldBe(StringErrorCodes.RegexTimeout);
    }
}
