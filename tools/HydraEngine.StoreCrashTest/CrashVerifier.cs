using System.Security.Cryptography;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.StoreCrashTest;

/// <summary>The result of checking the store after a kill.</summary>
internal sealed record CrashCheck(IReadOnlyList<string> Problems, string Summary);

/// <summary>
/// After a kill: the store reopens, SQLite's integrity check passes, no row lacks its file, every import
/// reported complete is current and its bytes hash to its SHA-256.
/// </summary>
internal sealed class CrashVerifier
{
    private readonly string database;

    public CrashVerifier(string database)
    {
        this.database = database;
    }

    public CrashCheck Verify(CrashLedger ledger, bool verifyAllHashes = false)
    {
        var problems = new List<string>();
        using var store = HydraStore.Open(new StoreLocation(database));
        var report = store.CheckIntegrity();
        problems.AddRange(report.DatabaseProblems.Select(problem => $"integrity check: {problem}"));
        problems.AddRange(report.MissingFiles.Select(problem => $"row without its file: {problem.Hash} ({problem.Problem})"));

        var toHash = verifyAllHashes ? ledger.Expected.ToHashSet() : ledger.LatestRound.Where(ledger.Expected.Contains).ToHashSet();
        var present = 0;
        foreach (var hex in ledger.Expected)
        {
            var file = store.GetFile(FileHash.Parse(hex));
            if (file?.Status != FileStatus.Current || file.Path is null)
            {
                problems.Add($"reported import {hex} is {file?.Status.ToString() ?? "unknown"}");
                continue;
            }

            present++;
            if (toHash.Contains(hex) && Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.Path))) != hex)
            {
                problems.Add($"reported import {hex}: stored bytes do not hash to it");
            }
        }

        var summary = $"integrity {(report.DatabaseProblems.Count == 0 ? "ok" : "FAILED")}, {report.FilesChecked} rows all with files: {(report.MissingFiles.Count == 0 ? "yes" : "NO")}, " +
            $"{present}/{ledger.Expected.Count()} reported imports present ({toHash.Count} re-hashed), {report.OrphanFiles.Count} orphan files, {report.TempFiles} temp files";
        return new CrashCheck(problems, summary);
    }
}
