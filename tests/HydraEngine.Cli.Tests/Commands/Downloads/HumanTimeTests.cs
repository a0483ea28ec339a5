using HydraEngine.Cli.Commands.Downloads;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary>Times as the status and subscription commands print them.</summary>
public sealed class HumanTimeTests
{
    [Theory]
    [InlineData(null, "—")]
    [InlineData(900L, "now")]
    [InlineData(1000L, "now")]
    [InlineData(1045L, "in 45s")]
    [InlineData(1000L + (3 * 3600), "in 3h")]
    [InlineData(1000L + (3 * 3600) + 300, "in 3h 5m")]
    [InlineData(1000L + (2 * 86400) + (4 * 3600), "in 2d 4h")]
    public void Until_says_when_something_is_due(long? due, string expected) => HumanTime.Until(due, 1000).ShouldBe(expected);

    [Fact]
    public void Ago_says_how_long_since() => HumanTime.Ago(1000 - 720, 1000).ShouldBe("12m ago");

    [Fact]
    public void Never_checked_is_never() => HumanTime.Ago(0, 1000).ShouldBe("never");
}
