namespace HydraEngine.FixtureBooru.Rendering;

/// <summary>The login form and the pages around it.</summary>
internal static class LoginPageRenderer
{
    public static string Form(string? message) =>
        "<!DOCTYPE html>\n<html><head><title>Fixture Booru &ndash; log in</title></head>\n<body>\n"
        + (message is null ? "" : $"<p class=\"error\">{Html.Encode(message)}</p>\n")
        + "<form id=\"login\" method=\"post\" action=\"/login\">\n"
        + " <input type=\"text\" name=\"username\">\n <input type=\"password\" name=\"password\">\n"
        + " <button type=\"submit\">log in</button>\n</form>\n</body></html>\n";

    public static string Welcome(string username) =>
        $"<!DOCTYPE html>\n<html><head><title>Fixture Booru &ndash; welcome</title></head>\n<body>\n<p class=\"welcome\">Logged in as {Html.Encode(username)}.</p>\n</body></html>\n";

    public static string Forbidden() =>
        "<!DOCTYPE html>\n<html><head><title>Fixture Booru &ndash; 403</title></head>\n<body>\n<p class=\"error\">Log in to see this page: <a href=\"/login\">log in</a>.</p>\n</body></html>\n";
}
