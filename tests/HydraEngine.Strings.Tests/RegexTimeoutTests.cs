using System.Diagnostics;
using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

[CollectionDefinition(nameof(RegexTimeoutCollection), DisableParallelization = true)]
public sealed class RegexTimeoutCollection;

/// <summary>A catastrophic pattern must stop at the match timeout instead of hanging.</summary>
[Collection(nameof(RegexTimeoutCollection))]
public sealed class RegexTimeoutTests
{
    private const string Catastrophic = "(a+)+$";

    private static readonly string Victim = new string('a', 30) + "b";

    [Fact]
    public void A_catastrophic_substitution_fails_with_the_timeout_code()
    {
        var converter = new StringConverter(new StringConversion[] { new RegexSubstitution(Catastrophic, "x") }, "x");
        var clock = Stopwatch.StartNew();

        var failure = Should.Throw<StringProcessingException>(() => StringConverting.Convert(converter, Victim));

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

        StringProcessing.Process(processor, ["b", Victim, "a"]).ShouldBe(["b", Victim, "a"]);
    }

    [Fact]
    public void The_match_timeout_is_settable_and_applies_to_new_patterns()
    {
        var original = PythonRegex.MatchTimeout;
        try
        {
            PythonRegex.MatchTimeout = TimeSpan.FromMilliseconds(50);

            PythonRegex.Get(Catastrophic).MatchTimeout.ShouldBe(TimeSpan.FromMilliseconds(50));
            Should.Throw<StringProcessingException>(() => PythonRegex.Substitute(Catastrophic, "x", Victim)).Code.ShouldBe(StringErrorCodes.RegexTimeout);
        }
        finally
        {
            PythonRegex.MatchTimeout = original;
        }
    }
}
