using System.Net;
using Dapper;
using HydraEngine.ApiBench;
using HydraEngine.ClientApi;
using HydraEngine.ClientApi.Access;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// tools/apibench DB [RUNS]: search_files for the tag nearest 50,000 files and file_metadata for 100 files, over HTTP
// (Kestrel on loopback) beside the same store calls in-process; medians, the ratio, and hydrus's published figures.
if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: apibench DB [RUNS]   (DB: a store made by `storebench generate`, e.g. 1,000,000 files)");
    return 1;
}

var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 21;
var (tag, count) = NearestTag(args[0], 50_000);
using var store = HydraStore.Open(new StoreLocation(args[0]));
var keys = AccessKeyStore.Open(args[0]);
var key = keys.Add("apibench " + Guid.NewGuid().ToString("N")[..6], [], permitsEverything: true);
var folder = Path.Combine(Path.GetTempPath(), "apibench-" + Guid.NewGuid().ToString("N"));
var context = new ClientApiContext(new StoreAccess(store), folder, keys);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
await using var app = builder.Build();
app.MapClientApi(context);
await app.StartAsync();
using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
client.DefaultRequestHeaders.Add("Hydrus-Client-API-Access-Key", key.Key);

var options = new SearchOptions(Sort: new SearchSort(SortKind.ImportTime, Descending: false));
var found = store.Search(QueryParser.FromTerms([[tag]]), options);
var hundred = found.Hashes.Take(100).ToList();
var searchUrl = "get_files/search_files?tags=" + Uri.EscapeDataString($"[\"{tag}\"]");
var metadataUrl = "get_files/file_metadata?hashes=" + Uri.EscapeDataString("[" + string.Join(",", hundred.Select(hash => $"\"{hash.ToHex()}\"")) + "]");

var searchHttp = Timing.Median(runs, () => client.GetStringAsync(searchUrl).GetAwaiter().GetResult().Length);
var searchLocal = Timing.Median(runs, () => store.Search(QueryParser.FromTerms([[tag]]), options).FileIds.Count);
var metadataHttp = Timing.Median(runs, () => client.GetStringAsync(metadataUrl).GetAwaiter().GetResult().Length);
var metadataLocal = Timing.Median(runs, () => hundred.Sum(hash => store.GetFile(hash)!.Tags.Count + (store.FileIdOf(hash) is null ? 0 : 1)));

Console.WriteLine($"store: {args[0]}; tag '{tag}' on {count:N0} files ({found.Count:N0} found); median of {runs} runs after a warm-up");
Console.WriteLine($"{"call",-36} {"HTTP ms",9} {"in-process ms",14} {"ratio",7} {"hydrus ms",10} {"hydrus-rs ms",13}");
Console.WriteLine($"{"search_files (one tag, ~50k files)",-36} {searchHttp,9:F1} {searchLocal,14:F1} {searchHttp / searchLocal,7:F2} {72.0,10:F1} {29.7,13:F1}");
Console.WriteLine($"{"file_metadata (100 files)",-36} {metadataHttp,9:F1} {metadataLocal,14:F1} {metadataHttp / metadataLocal,7:F2} {47.5,10:F1} {17.8,13:F1}");
keys.Revoke(key.Record.Name);
await app.StopAsync();
keys.Dispose();
Directory.Delete(folder, recursive: true);
return 0;

static (string Tag, long Count) NearestTag(string database, long wanted)
{
    using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
    connection.Open();
    return connection.QueryFirst<(string, long)>(
        """
        SELECT CASE n.namespace WHEN '' THEN s.subtag ELSE n.namespace || ':' || s.subtag END, c.current_count
        FROM mappings_counts c JOIN tags t ON t.tag_id = c.tag_id JOIN namespaces n ON n.namespace_id = t.namespace_id JOIN subtags s ON s.subtag_id = t.subtag_id
        ORDER BY ABS(c.current_count - @wanted) LIMIT 1
        """,
        new { wanted });
}
