using System.IO.Compression;
using System.Text.Json;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Updates;

/// <summary>
/// Writes update files in hydrus's format (the inverse of <see cref="UpdateFileReader"/>): zlib-compressed JSON
/// serialisable tuples, as a server publishes them. Used to make large test and benchmark sets.
/// </summary>
public static class UpdateFileWriter
{
    public static byte[] Write(DefinitionsUpdate update) => Compress(writer =>
    {
        Header(writer, DefinitionsUpdate.TypeId);
        Section(writer, 0, update.Hashes, (w, row) => { w.WriteNumberValue(row.ServiceHashId); w.WriteStringValue(row.Hash.ToHex()); });
        Section(writer, 1, update.Tags, (w, row) => { w.WriteNumberValue(row.ServiceTagId); w.WriteStringValue(row.Tag); });
        Footer(writer);
    });

    public static byte[] Write(ContentUpdate update) => Compress(writer =>
    {
        Header(writer, ContentUpdate.TypeId);
        writer.WriteStartArray();
        writer.WriteNumberValue((int)RepositoryContentType.Mappings);
        writer.WriteStartArray();
        foreach (var (action, rows) in new[] { (0, update.AddedMappings), (1, update.DeletedMappings) }.Where(pair => pair.Item2.Count > 0))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(action);
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(row.ServiceTagId);
                writer.WriteStartArray();
                foreach (var id in row.ServiceHashIds)
                {
                    writer.WriteNumberValue(id);
                }

                writer.WriteEndArray();
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndArray();
        foreach (var (type, changes) in update.Pairs)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue((int)type);
            writer.WriteStartArray();
            foreach (var (action, rows) in new[] { (0, changes.Added), (1, changes.Deleted) }.Where(pair => pair.Item2.Count > 0))
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(action);
                Pairs(writer, rows);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndArray();
        }

        Footer(writer);
    });

    private static void Pairs(Utf8JsonWriter writer, IReadOnlyList<(long First, long Second)> rows)
    {
        writer.WriteStartArray();
        foreach (var (first, second) in rows)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(first);
            writer.WriteNumberValue(second);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void Section<T>(Utf8JsonWriter writer, int kind, IReadOnlyList<T> rows, Action<Utf8JsonWriter, T> write)
    {
        if (rows.Count == 0)
        {
            return;
        }

        writer.WriteStartArray();
        writer.WriteNumberValue(kind);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartArray();
            write(writer, row);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndArray();
    }

    private static void Header(Utf8JsonWriter writer, int typeId)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(typeId);
        writer.WriteNumberValue(1);
        writer.WriteStartArray();
    }

    private static void Footer(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        writer.WriteEndArray();
    }

    private static byte[] Compress(Action<Utf8JsonWriter> write)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest))
        using (var writer = new Utf8JsonWriter(zlib))
        {
            write(writer);
        }

        return output.ToArray();
    }
}
