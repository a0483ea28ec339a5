using HydraEngine.FixtureBooru.Faults;

namespace HydraEngine.FixtureBooru.Tests.Faults;

public sealed class FaultRuleParserTests
{
    [Fact]
    public void A_spec_names_kind_targets_and_options() =>
        FaultRuleParser.Parse("429:files:api:first=2:retry-after=3")
            .ShouldBe(new FaultRule(FaultKind.RateLimit, FaultTarget.Files | FaultTarget.Api) { FirstAttempts = 2, RetryAfterSeconds = 3 });

    [Fact]
    public void A_spec_without_targets_applies_everywhere() =>
        FaultRuleParser.Parse("truncate:every=4").ShouldBe(new FaultRule(FaultKind.TruncateBody, FaultTarget.All) { EveryKth = 4 });

    [Fact]
    public void A_500_spec_is_a_server_error_with_that_status() =>
        FaultRuleParser.Parse("500:pages:path=/post/").ShouldBe(new FaultRule(FaultKind.ServerError, FaultTarget.Pages) { StatusCode = 500, PathPrefix = "/post/" });

    [Fact]
    public void An_unknown_kind_is_an_error() => Should.Throw<FormatException>(() => FaultRuleParser.Parse("explode"));

    [Fact]
    public void An_unknown_option_is_an_error() => Should.Throw<FormatException>(() => FaultRuleParser.Parse("slow:files:fast=1"));
}
