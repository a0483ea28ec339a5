using System.Diagnostics;
using System.Globalization;
using HydraEngine.RepoBench;
using HydraEngine.Repositories.Sync;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

// tools/repobench [UPDATES] [MAPPINGS_PER_UPDATE] [OUT_DIR]: processing speed of repository update files.
var updates = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var perUpdate = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
var folder = args.Length > 2 ? Path.GetFullPath(args[2]) : Directory.CreateTempSubdirectory("hydra-repobench-").FullName;
Directory.CreateDirectory(folder);

Console.WriteLine($"making {updates} update indices × {perUpdate:N0} mappings in hydrus's update file format…");
var files = SyntheticRepository.Make(updates, perUpdate);
var updatesFolder = Path.Combine(folder, "updates");
Directory.CreateDirectory(updatesFolder);
var listing = new List<string>();
foreach (var (index, bytes) in files)
{
    var hash = FileHash.Of(bytes).ToHex();
    File.WriteAllBytes(Path.Combine(updatesFolder, hash), bytes);
    listing.Add($"{index}\t{hash}");
}

File.WriteAllLines(Path.Combine(folder, "updates.tsv"), listing);
Console.WriteLine($"update files: {files.Count} ({files.Sum(file => (long)file.Bytes.Length) / 1_000_000.0:N1} MB compressed) in {updatesFolder}");

var dbFolder = Path.Combine(folder, "store");
if (Directory.Exists(dbFolder))
{
    Directory.Delete(dbFolder, recursive: true);
}

using var store = HydraStore.Open(StoreLocation.FromOption(Path.Combine(dbFolder, "hydra.db")));
var repository = store.Repositories.Add("bench", "127.0.0.1", 1, new byte[32]);
var keep = Stopwatch.StartNew();
store.Repositories.RegisterUpdates(repository, files.Select(file => (file.Index, FileHash.Of(file.Bytes))));
foreach (var (_, bytes) in files)
{
    store.Repositories.StoreUpdateFile(repository, FileHash.Of(bytes), bytes, UpdateFileReader.MimeOf(bytes, "update"));
}

Console.WriteLine($"kept {files.Count} update files in the store in {keep.Elapsed.TotalSeconds:N2} s");
var report = new UpdateProcessor(store.Repositories).Process("bench", null, CancellationToken.None);
var progress = store.Repositories.Progress(repository);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"processed {report.UnitsDone} units, {report.Rows:N0} rows (definitions + mappings + deletions + pairs) in {report.Elapsed.TotalSeconds:N2} s: {report.RowsPerSecond:N0} rows/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"store now holds {progress.Content.Mappings:N0} mappings, {progress.Content.Siblings:N0} siblings, {progress.Content.Parents:N0} parents; database {new FileInfo(Path.Combine(dbFolder, "hydra.db")).Length / 1_000_000.0:N0} MB"));
Console.WriteLine("hydrus users report 6,000-10,000 rows/s processing the PTR (50,000 at best); see README 'Repositories'.");
