using HydraEngine.Definitions;
using HydraEngine.Library.Storage;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Versioning;

/// <summary>
/// Local edits: a new "local edit" version made from the current one (field assignments, or a whole replacement
/// from a file) and remembered as sitting on its upstream version, so a later import can re-apply it.
/// </summary>
internal sealed class LocalEditor(LibraryDatabase database, LibraryStore store, Action<ObjectRow, Definition> validate, DefinitionReadOptions reading)
{
    public LibraryVersion Edit(ObjectRow row, IReadOnlyList<FieldAssignment> assignments)
    {
        var current = Current(row);
        var node = NativeJson.Of(current.Definition);
        foreach (var assignment in assignments)
        {
            assignment.ApplyTo(node);
        }

        var loaded = NativeJson.Read(node, $"{row.Name} (edited)", reading);
        if (!loaded.Succeeded)
        {
            throw new LibraryException($"the edit makes an invalid {row.Kind}: {string.Join("; ", loaded.Errors.Select(error => $"{error.Path}: {error.Message}"))}", loaded.Diagnostics);
        }

        return Store(row, current, loaded.Definition!, string.Join(", ", assignments.Select(assignment => "set " + assignment.Field)), null);
    }

    public LibraryVersion EditFrom(ObjectRow row, DefinitionLoadResult file)
    {
        if (!file.Succeeded)
        {
            throw new LibraryException($"{file.Source} does not load: {string.Join("; ", file.Errors.Select(error => error.Message))}", file.Diagnostics);
        }

        var definition = file.Definition!;
        if (LibraryKinds.Of(definition) is not { } kind || LibraryKinds.Word(kind) != row.Kind || LibraryKinds.NameOf(definition) != row.Name)
        {
            var what = LibraryKinds.Of(definition) is { } found ? $"{LibraryKinds.Word(found)} '{LibraryKinds.NameOf(definition)}'" : DefinitionDescriptions.Describe(definition);
            throw new LibraryException($"{file.Source} holds {what}, not {row.Kind} '{row.Name}'; a local edit keeps the object's kind and name");
        }

        return Store(row, Current(row), definition, "replaced from a file", file.Source);
    }

    private LibraryObject Current(ObjectRow row) => RowMapping.ToObject(row, store.Version(row.ObjectId, row.CurrentVersion)!);

    private LibraryVersion Store(ObjectRow row, LibraryObject current, Definition edited, string note, string? source)
    {
        if (StoredDefinitions.Canonical(edited) == StoredDefinitions.Canonical(current.Definition))
        {
            throw new LibraryException($"the edit changes nothing: {row.Kind} '{row.Name}' v{current.Version} already has these values");
        }

        validate(row, edited);

        return database.Write(transaction =>
        {
            var fresh = store.Object(row.Kind, row.Name, transaction)!;
            if (fresh.CurrentVersion != current.Version)
            {
                throw new LibraryException($"{row.Kind} '{row.Name}' changed while editing; run the edit again");
            }

            var baseVersion = current.LocalEditBase ?? current.Version;
            var versionRow = VersionRows.Create(row.ObjectId, edited, VersionOrigin.LocalEdit, source, $"{note} (on upstream v{baseVersion})", baseVersion);
            var number = store.AppendVersion(transaction, versionRow);
            store.BumpRevision(transaction);
            return RowMapping.ToVersion(store.Version(row.ObjectId, number, transaction)!, number);
        });
    }
}
