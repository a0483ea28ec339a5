using HydraEngine.Model.Common;
using HydraEngine.Model.Urls;

namespace HydraEngine.Matching.Gugs;

/// <summary>
/// hydrus's <c>GetGUG</c>: by key, else by name, over GUGs and nested GUGs; when several share a key or a
/// name the later one wins (hydrus builds plain dictionaries from its list).
/// </summary>
public sealed class GalleryUrlGeneratorLookup
{
    private readonly Dictionary<string, Definition> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Definition> byName = new(StringComparer.Ordinal);

    public GalleryUrlGeneratorLookup(IEnumerable<Definition> generators)
    {
        foreach (var generator in generators)
        {
            switch (generator)
            {
                case GalleryUrlGenerator gug:
                    byKey[gug.Key] = gug;
                    byName[gug.Name] = gug;
                    break;
                case NestedGalleryUrlGenerator nested:
                    byKey[nested.Key] = nested;
                    byName[nested.Name] = nested;
                    break;
            }
        }
    }

    public Definition? Find(GalleryUrlGeneratorReference reference) =>
        byKey.GetValueOrDefault(reference.Key) ?? byName.GetValueOrDefault(reference.Name);

    public Definition? FindByName(string name) => byName.GetValueOrDefault(name);
}
