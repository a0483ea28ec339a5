using HydraEngine.Definitions;
using HydraEngine.Definitions.Png;
using HydraEngine.Library.Importing;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;

namespace HydraEngine.Library.Tests.Corpus;

/// <summary>Bundles exported from the default downloaders, written as PNGs hydrus imports, read back.</summary>
public sealed class CorpusExportTests
{
    [CorpusFact]
    public void Every_default_gug_exports_to_a_png_that_reimports_to_identical_objects()
    {
        using var source = DefaultsEndToEndTests.Defaults();
        var gugs = source.Library.List(LibraryKind.Gug).Select(item => item.Name).ToList();
        gugs.ShouldNotBeEmpty();
        foreach (var gug in gugs)
        {
            var export = source.Library.Export(gug, LibraryKind.Gug);
            var png = Path.Combine(source.Folder, "export.png");
            File.WriteAllBytes(png, HydrusPngWriter.Write(HydrusSerialiser.ToNetworkBytes(export.Bundle), export.Title, export.Description));
            using var target = new TempLibrary();
            target.Library.Import([png]);
            foreach (var item in export.Bundle.Items)
            {
                target.Library.Get(LibraryKinds.NameOf(item), LibraryKinds.Of(item)).Definition.ShouldBe(item, $"{gug}: {LibraryKinds.NameOf(item)}");
            }
        }
    }

    [CorpusFact]
    public void An_exported_png_is_read_the_same_by_an_independent_png_reader()
    {
        using var source = DefaultsEndToEndTests.Defaults();
        var export = source.Library.Export("danbooru tag search", LibraryKind.Gug);
        var png = HydrusPngWriter.Write(HydrusSerialiser.ToNetworkBytes(export.Bundle), export.Title, export.Description);
        IndependentHydrusPngReader.ReadPayloadText(png).ShouldBe(HydrusSerialiser.ToDumpString(export.Bundle));
    }

    [CorpusFact]
    public void A_gug_export_carries_the_api_targets_and_parsers_its_classes_need()
    {
        using var source = DefaultsEndToEndTests.Defaults();
        var items = source.Library.Export("e621 tag search", LibraryKind.Gug).Bundle.Items;
        var classes = items.OfType<UrlClass>().Select(urlClass => urlClass.Name).ToList();
        classes.ShouldContain("e621 gallery page api");
        items.OfType<HydraEngine.Model.Parsing.PageParser>().ShouldNotBeEmpty();
    }

    [CorpusFact]
    public void Reimporting_an_export_into_its_own_library_skips_everything()
    {
        using var temp = DefaultsEndToEndTests.Defaults();
        var bundle = temp.Library.Export("danbooru tag search", LibraryKind.Gug).Bundle;
        temp.Library.PlanImport([Fixtures.Source("bundle", bundle)]).Changes.ShouldAllBe(change => change.Action == ImportAction.Identical);
    }
}
