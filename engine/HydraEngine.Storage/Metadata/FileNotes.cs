using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Metadata;

/// <summary>Named notes per hash (<c>labels</c>, <c>notes</c>, <c>file_notes</c>).</summary>
internal sealed class FileNotes
{
    private readonly StoreDatabase database;

    public FileNotes(StoreDatabase database)
    {
        this.database = database;
    }

    /// <summary>Cleans a note as hydrus does: newlines unified, trailing whitespace of each line and the whole text stripped.</summary>
    public static string CleanText(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd())).Trim();

    public static string CleanName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length > 0 ? trimmed : throw new StoreException("a note needs a name");
    }

    /// <summary>Sets (or, for empty text, removes) the note called <paramref name="name"/>.</summary>
    public void Set(long hashId, string name, string text)
    {
        var cleanName = CleanName(name);
        var cleanText = CleanText(text);
        if (cleanText.Length == 0)
        {
            Remove(hashId, cleanName);
            return;
        }

        var nameId = database.ExecuteScalar<long?>("SELECT label_id FROM labels WHERE label = @cleanName", new { cleanName })
            ?? database.ExecuteScalar<long>("INSERT INTO labels (label) VALUES (@cleanName) RETURNING label_id", new { cleanName });
        var noteId = database.ExecuteScalar<long?>("SELECT note_id FROM notes WHERE note = @cleanText", new { cleanText })
            ?? database.ExecuteScalar<long>("INSERT INTO notes (note) VALUES (@cleanText) RETURNING note_id", new { cleanText });
        database.Execute("INSERT OR REPLACE INTO file_notes (hash_id, name_id, note_id) VALUES (@hashId, @nameId, @noteId)", new { hashId, nameId, noteId });
    }

    public bool Remove(long hashId, string name) =>
        database.Execute(
            "DELETE FROM file_notes WHERE hash_id = @hashId AND name_id = (SELECT label_id FROM labels WHERE label = @name)",
            new { hashId, name = name.Trim() }) > 0;

    public IReadOnlyDictionary<string, string> Of(long hashId) =>
        database.Query<(string Name, string Text)>(
            "SELECT l.label, n.note FROM file_notes f JOIN labels l ON l.label_id = f.name_id JOIN notes n ON n.note_id = f.note_id WHERE f.hash_id = @hashId",
            new { hashId })
            .OrderBy(row => row.Name, StringComparer.Ordinal)
            .ToDictionary(row => row.Name, row => row.Text, StringComparer.Ordinal);
}
