using System.Text.Json;
using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Downloading.State;

/// <summary>Row shapes of the seed tables and their mapping to seed records.</summary>
internal static class SeedRows
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public sealed class FileSeedRow
    {
        public long seed_id { get; set; }
        public double position { get; set; }
        public string url { get; set; } = "";
        public string identity_url { get; set; } = "";
        public long status { get; set; }
        public string note { get; set; } = "";
        public long created { get; set; }
        public long modified { get; set; }
        public string? referral { get; set; }
        public string metadata { get; set; } = "";
        public string? file_hash { get; set; }
    }

    public sealed class GallerySeedRow
    {
        public long seed_id { get; set; }
        public double position { get; set; }
        public string url { get; set; } = "";
        public long status { get; set; }
        public string note { get; set; } = "";
        public long created { get; set; }
        public long modified { get; set; }
        public long can_generate_more { get; set; }
        public string? referral { get; set; }
        public string external_tags { get; set; } = "";
    }

    public static FileSeed ToSeed(FileSeedRow row) => new()
    {
        Id = row.seed_id,
        Url = row.url,
        IdentityUrl = row.identity_url,
        Status = (SeedStatus)row.status,
        Note = row.note,
        Created = row.created,
        Modified = row.modified,
        Referral = row.referral,
        Metadata = JsonSerializer.Deserialize<SeedMetadata>(row.metadata, Json) ?? SeedMetadata.Empty,
        FileHash = row.file_hash,
    };

    public static GallerySeed ToSeed(GallerySeedRow row) => new()
    {
        Id = row.seed_id,
        Url = row.url,
        Status = (SeedStatus)row.status,
        Note = row.note,
        Created = row.created,
        Modified = row.modified,
        CanGenerateMorePages = row.can_generate_more != 0,
        Referral = row.referral,
        ExternalTags = JsonSerializer.Deserialize<List<string>>(row.external_tags, Json) ?? [],
    };

    public static string MetadataJson(SeedMetadata metadata) => JsonSerializer.Serialize(metadata, Json);

    public static string TagsJson(IReadOnlyList<string> tags) => JsonSerializer.Serialize(tags, Json);
}
