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
        var close = store.Objects()
            .Where(row => row.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(row.Name, StringComparison.OrdinalIgnoreCase))
            .Select(row => $"'{row.Name}' ({row.Kind})")
            .Take(5)
            .ToList();
        return $"there is no {what} named '{name}' in the library" + (close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; `hydra downloaders list` shows what there is");
    }
}
