using HydraEngine.Model.Text;

namespace HydraEngine.Library.Storage;

/// <summary>Finds the object a command names: by name, narrowed by kind when a name is used by several kinds.</summary>
internal sealed class ObjectResolver(LibraryStore store)
{
    public ObjectRow Resolve(string name, LibraryKind? kind, params LibraryKind[] allowed)
    {
        var rows = store.ObjectsNamed(name)
            .Where(row => kind is null || row.Kind == LibraryKinds.Word(kind.Value))
            .Where(row => allowed.Length == 0 || allowed.Any(allowedKind => row.Kind == LibraryKinds.Word(allowedKind)))
            .ToList();
        return rows.Count switch
        {
            1 => rows[0],
            0 => throw new LibraryException(NotFound(name, kind, allowed)),
            _ => throw new LibraryException($"'{name}' names {string.Join(" and ", rows.Select(row => "a " + row.Kind))}; say which with --kind {string.Join(" or --kind ", rows.Select(row => row.Kind))}"),
        };
    }

    private string NotFound(string name, LibraryKind? kind, LibraryKind[] allowed)
    {
        var what = kind is { } only ? LibraryKinds.Word(only) : allowed.Length > 0 ? string.Join(" or ", allowed.Select(LibraryKinds.Word)) : "object";
        var objects = store.Objects().ToList();
        var sameName = objects.Where(row => row.Name == name).Select(row => row.Kind).ToList();
        if (sameName.Count > 0)
        {
            return $"'{name}' is a {string.Join(" and a ", sameName)}, not a {what}"
                + (kind is not null && allowed.Length == 0 ? $"; say --kind {sameName[0]}" : allowed.Length > 0 ? $" (this takes a {string.Join(" or ", allowed.Select(LibraryKinds.Word))})" : "");
        }

        var candidates = objects.Where(row => kind is null || row.Kind == LibraryKinds.Word(kind.Value)).ToList();
        var close = EditDistance.Closest(name, candidates.Select(row => row.Name), 5)
            .Select(closest => $"'{closest}' ({string.Join(", ", candidates.Where(row => row.Name == closest).Select(row => row.Kind))})")
            .ToList();
        return $"there is no {what} named '{name}' in the library" + (close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; `hydra downloaders list` shows what there is");
    }
}
