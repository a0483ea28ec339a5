using System.Reflection;
using HydraEngine.Abstractions;
using HydraEngine.Testing;

namespace HydraEngine.Plugins.Tests.Contract;

/// <summary>The contract assembly: frozen by an approved listing of its public API, base-library only, versioned.</summary>
public sealed class ContractTests
{
    private static readonly Assembly ContractAssembly = typeof(IHydraPlugin).Assembly;

    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var listing = $"// HydraEngine.Abstractions {ContractVersion.Text}: change only together with ContractVersion.\n" + PublicApiListing.Of(ContractAssembly);

        Snapshot.Verify(listing);
    }

    [Fact]
    public void It_references_only_the_base_library()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        ContractAssembly.GetReferencedAssemblies().ShouldAllBe(reference => File.Exists(Path.Combine(runtime, reference.Name + ".dll")));
    }

    [Fact]
    public void Its_assembly_version_is_the_contract_version()
    {
        var version = ContractAssembly.GetName().Version!;

        (version.Major, version.Minor).ShouldBe((ContractVersion.Major, ContractVersion.Minor));
    }

    [Fact]
    public void Every_public_member_is_documented()
    {
        var documentation = Path.ChangeExtension(ContractAssembly.Location, ".xml");

        var documented = System.Xml.Linq.XDocument.Load(documentation).Descendants("member").Select(member => (string)member.Attribute("name")!).ToHashSet();

        ContractAssembly.GetExportedTypes().Select(type => "T:" + type.FullName).ShouldAllBe(name => documented.Contains(name));
    }
}
