using System.Diagnostics;
using HydraEngine.FixtureBooru;
using HydraEngine.Host;
using HydraEngine.Network;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.DownloadBench;

/// <summary>
/// Where an engine import's time goes: each stage of one file's import timed alone over every post (CPU and
/// wall), so the overhead per file can be attributed.
/// </summary>
internal static class Breakdown
{
    public static async Task RunAsync(FixtureBooruServer booru, string repository, string folder)
    {
        var database = Path.Combine(folder, "hydra.db");
        await using var engine = HydraEngineHost.Open(new HydraEngineOptions(new StoreLocation(database)) { Network = new NetworkOptions { Polite = false } });
        var (store, library, network) = (engine.Store, engine.Library, engine.Network);
        library.Import(FixtureDownloader.WriteFiles(Path.Combine(repository, "parsers", "fixture-booru"), booru.Port, Path.Combine(folder, "downloader")));
        var posts = booru.Site.Posts;
        var domains = library.Downloaders().Domains;
        var job = NetworkJobContext.Adhoc;
        var pages = new List<FetchedPage>();
        await StageAsync("library.Downloaders()", posts.Count, _ => { GC.KeepAlive(library.Downloaders().Domains); return Task.CompletedTask; });
        await StageAsync("url class + normalise x4", posts.Count, index =>
        {
            var url = booru.UrlFor(posts[index].PagePath).ToString();
            for (var repeat = 0; repeat < 4; repeat++)
            {
                _ = domains.NormaliseUrl(url);
                _ = domains.GetUrlToFetchAndParser(url);
            }

            return Task.CompletedTask;
        });
        await StageAsync("fetch post page", posts.Count, async index => pages.Add(await network.FetchPageAsync(new NetworkRequest(booru.UrlFor(posts[index].PagePath), job))));
        var (_, parser) = domains.GetUrlToFetchAndParser(booru.UrlFor(posts[0].PagePath).ToString());
        var runner = new PageParserRunner();
        await StageAsync("parse post page", posts.Count, index =>
        {
            runner.Run(parser, PageText.Decode(pages[index].Body, pages[index].Charset), ParsingContext.ForUrl(pages[index].FinalUrl.AbsoluteUri));
            return Task.CompletedTask;
        });
        var temporary = Path.Combine(folder, "tmp");
        var downloads = new List<string>();
        await StageAsync("download file", posts.Count, async index => downloads.Add((await network.DownloadFileAsync(new NetworkRequest(booru.UrlFor(posts[index].File.Path), job), temporary)).TemporaryPath));
        await StageAsync("store import (durable)", posts.Count, index =>
        {
            store.Import(downloads[index], new Storage.Files.ImportOptions { Tags = posts[index].Tags, Urls = [booru.UrlFor(posts[index].PagePath).ToString()] });
            return Task.CompletedTask;
        });
    }

    private static async Task StageAsync(string name, int count, Func<int, Task> stage)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var index = 0; index < count; index++)
        {
            await stage(index);
        }

        process.Refresh();
        Console.WriteLine($"  {name,-28} {clock.Elapsed.TotalMilliseconds / count,8:F3} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds / count,8:F3} ms CPU per file");
    }
}
