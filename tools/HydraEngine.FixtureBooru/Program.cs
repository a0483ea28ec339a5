using HydraEngine.FixtureBooru;

try
{
    var commandLine = FixtureCommandLine.Parse(args);
    if (commandLine.ShowHelp)
    {
        Console.WriteLine(FixtureCommandLine.Usage);
        return 0;
    }

    await using var server = await FixtureBooruServer.StartAsync(commandLine.Options);
    server.Faults.RequireLogin = commandLine.RequireLogin;
    foreach (var rule in commandLine.FaultRules)
    {
        server.Faults.Add(rule);
    }

    Console.WriteLine($"fixture booru: {server.BaseAddress} ({server.Site.Posts.Count} posts, {server.Site.Threads.Count} threads, {commandLine.FaultRules.Count} fault rules); Ctrl-C stops it");
    await server.WaitForShutdownAsync();
    return 0;
}
catch (FormatException exception)
{
    Console.Error.WriteLine($"fixture booru: {exception.Message}\n\n{FixtureCommandLine.Usage}");
    return 2;
}
