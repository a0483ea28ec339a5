using HydraEngine.FixtureBooru.Faults;

namespace HydraEngine.FixtureBooru.Tests;

public sealed class FixtureCommandLineTests
{
    [Fact]
    public void The_demo_port_is_the_default() => FixtureCommandLine.Parse([]).Options.Port.ShouldBe(8089);

    [Fact]
    public void Options_faults_and_the_login_switch_are_read()
    {
        var commandLine = FixtureCommandLine.Parse(["--port", "0", "--seed", "5", "--posts", "30", "--fault", "drop:files", "--faults", "429,slow:bps=100", "--require-login"]);

        commandLine.Options.ShouldBe(new FixtureBooruOptions { Port = 0, Seed = 5, PostCount = 30 });
        commandLine.FaultRules.Select(rule => rule.Kind).ShouldBe([FaultKind.DropConnection, FaultKind.RateLimit, FaultKind.SlowBody]);
        commandLine.RequireLogin.ShouldBeTrue();
    }

    [Fact]
    public void An_unknown_argument_is_an_error() => Should.Throw<FormatException>(() => FixtureCommandLine.Parse(["--colour"]));
}
