using HydraEngine.Plugins.Manifests;

namespace HydraEngine.Plugins.Tests.Manifests;

/// <summary>The version rule: same major, and a minor no newer than the host's.</summary>
public sealed class ContractLevelTests
{
    private static readonly ContractLevel Host = new(1, 3);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    public void A_plugin_of_the_same_major_and_an_older_or_equal_minor_runs(int major, int minor) =>
        new ContractLevel(major, minor).RunsOn(Host).ShouldBeTrue();

    [Fact]
    public void A_plugin_of_a_newer_minor_does_not_run() => new ContractLevel(1, 4).RunsOn(Host).ShouldBeFalse();

    [Theory]
    [InlineData(0, 9)]
    [InlineData(2, 0)]
    public void A_plugin_of_another_major_does_not_run(int major, int minor) =>
        new ContractLevel(major, minor).RunsOn(Host).ShouldBeFalse();

    [Fact]
    public void The_host_level_is_the_contract_assembly_version() =>
        ContractLevel.Host.ToString().ShouldBe(Abstractions.ContractVersion.Text);
}
