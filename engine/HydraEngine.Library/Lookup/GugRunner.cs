using HydraEngine.Matching.Gugs;
using HydraEngine.Model.Common;
using HydraEngine.Model.Urls;

namespace HydraEngine.Library.Lookup;

/// <summary>
/// Runs a library GUG or nested GUG on search text. Nested GUG members resolve by name first, then by key: hydrus
/// gives imported references fresh keys, so names are what tie a nested GUG to its members.
/// </summary>
internal sealed class GugRunner(IEnumerable<Definition> generators)
{
    private readonly GalleryUrlGeneratorLookup lookup = new(generators);

    public Definition? Find(GalleryUrlGeneratorReference reference) => lookup.FindByName(reference.Name) ?? lookup.Find(reference);

    public IReadOnlyList<string> Generate(string name, string searchText)
    {
        var generator = lookup.FindByName(name) ?? throw new LibraryException($"there is no GUG or nested GUG named '{name}' in the library; `hydra downloaders list --kind gug` shows them");
        try
        {
            return generator switch
            {
                GalleryUrlGenerator gug => [GalleryUrlGeneration.Generate(gug, searchText)],
                NestedGalleryUrlGenerator nested => GalleryUrlGeneration.Generate(nested, searchText, Find),
                _ => [],
            };
        }
        catch (GalleryUrlGeneratorException exception)
        {
            throw new LibraryException($"'{name}' cannot make a URL: {exception.Message}");
        }
    }
}
