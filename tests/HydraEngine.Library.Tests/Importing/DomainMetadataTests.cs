using HydraEngine.Library.Tests.Support;
using HydraEngine.Model.Network;

namespace HydraEngine.Library.Tests.Importing;

public sealed class DomainMetadataTests
{
    [Fact]
    public void A_package_without_headers_keeps_the_domains_headers_as_hydrus_does()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportObjects(Fixtures.Metadata("example.com", "agent one"));
        var rules = new BandwidthRules([new BandwidthRule(BandwidthType.Requests, 3, 2)]);
        temp.Library.ImportObjects(Fixtures.Metadata("example.com", null, rules));
        temp.Library.Get("example.com").Definition.ShouldBe(Fixtures.Metadata("example.com", "agent one", rules));
    }

    [Fact]
    public void A_package_with_headers_replaces_the_domains_headers()
    {
        using var temp = new TempLibrary();
        temp.Library.ImportObjects(Fixtures.Metadata("example.com", "agent one"));
        temp.Library.ImportObjects(Fixtures.Metadata("example.com", "agent two"));
        ((DomainMetadataPackage)temp.Library.Get("example.com").Definition).Headers!.Value.Single().Value.ShouldBe("agent two");
    }
}
