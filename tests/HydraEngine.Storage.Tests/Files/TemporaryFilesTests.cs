using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Maintenance;
using HydraEngine.Storage.Tests.TestSupport;

namespace HydraEngine.Storage.Tests.Files;

/// <summary>
/// Issue 19 point 5: temporary files of a process that is gone are swept at the next open whatever their age; a
/// live process's are kept; <c>db check</c> reports leftovers as a problem and its repair removes them.
/// </summary>
public sealed class TemporaryFilesTests
{
    [Fact]
    public void A_fresh_leftover_of_a_gone_process_is_swept_when_the_store_next_opens()
    {
        using var temp = new TempStore();
        var leftover = Leftover(temp.Location);

        temp.Reopen();

        File.Exists(leftover).ShouldBeFalse();
    }

    [Fact]
    public void A_live_owners_temporary_file_survives_another_openers_sweep()
    {
        using var temp = new TempStore();
        using var owner = TemporaryFiles.Own(temp.Location.Temporary);
        var inUse = owner.NewPath("import");
        File.WriteAllText(inUse, "half written");

        TemporaryFiles.Sweep(temp.Location.Temporary).ShouldBe(0);
        using (HydraStore.Open(temp.Location))
        {
            File.Exists(inUse).ShouldBeTrue();
        }
    }

    [Fact]
    public void Once_the_owner_is_gone_its_files_and_lock_are_swept()
    {
        using var temp = new TempStore();
        string inUse;
        using (var owner = TemporaryFiles.Own(temp.Location.Temporary))
        {
            inUse = owner.NewPath("import");
            File.WriteAllText(inUse, "half written");
        }

        TemporaryFiles.Sweep(temp.Location.Temporary).ShouldBe(1);
        Directory.GetFiles(temp.Location.TempFolder).ShouldBeEmpty();
    }

    [Fact]
    public void Db_check_reports_leftovers_as_a_problem_and_repair_removes_them()
    {
        using var temp = new TempStore();
        temp.ImportPng();
        Leftover(temp.Location);
        Leftover(temp.Location);
        using var checking = HydraStore.Open(temp.Location, new StoreOptions(SweepTemporaryFiles: false));

        var report = checking.CheckIntegrity();
        (report.TempFiles, report.IsHealthy).ShouldBe((2, false));
        var repaired = checking.CheckIntegrity(new IntegrityCheckOptions(RemoveTempFiles: true));
        (repaired.TempFilesRemoved, repaired.IsHealthy).ShouldBe((2, true));
        checking.CheckIntegrity().ShouldSatisfyAllConditions(after => after.TempFiles.ShouldBe(0), after => after.IsHealthy.ShouldBeTrue());
    }

    /// <summary>What a SIGKILLed import leaves: a .part file, just written, whose owner lock nobody holds.</summary>
    private static string Leftover(StoreLocation location)
    {
        Directory.CreateDirectory(location.TempFolder);
        var path = Path.Combine(location.TempFolder, $"import-999999x{Guid.NewGuid().ToString("N")[..12]}-{Guid.NewGuid():N}.part");
        File.WriteAllBytes(path, new byte[4096]);
        return path;
    }
}
