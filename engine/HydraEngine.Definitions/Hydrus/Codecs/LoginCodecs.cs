using System.Text.Json.Nodes;
using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Login;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs;

/// <summary>Login Credential Definition (72): <c>(credential_type, string_match)</c>.</summary>
internal sealed class LoginCredentialDefinitionCodec : HydrusCodec<LoginCredentialDefinition>
{
    public override int TypeId => HydrusTypes.LoginCredentialDefinition;

    protected override LoginCredentialDefinition ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(2, "a login credential definition");
        return new LoginCredentialDefinition(name, info[0].Enum<CredentialType>("the credential type"), info[1].Object("the credential match", StringMatch.Any));
    }

    protected override JsonNode? Write(LoginCredentialDefinition value, HydrusWriter writer) =>
        new JsonArray((int)value.CredentialType, writer.Write(value.Match));
}

/// <summary>Login Step (74) v2: scheme, method, subdomain, path, credentials, static args, temp args, cookies, content parsers.</summary>
internal sealed class LoginStepCodec : HydrusCodec<LoginStep>
{
    public override int TypeId => HydrusTypes.LoginStep;

    protected override LoginStep ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(9, "a login step");
        return new LoginStep(
            name,
            info[0].String("the scheme"),
            info[1].String("the method"),
            info[2].NullableString("the subdomain"),
            info[3].String("the path"),
            info[4].StringMap("the required credentials"),
            info[5].StringMap("the static arguments"),
            info[6].StringMap("the temporary variables"),
            RequiredCookies.Read(info[7]),
            info[8].ObjectList<Model.Parsing.ContentParser>("the content parsers"));
    }

    protected override JsonNode? Write(LoginStep value, HydrusWriter writer) =>
        new JsonArray(
            value.Scheme,
            value.Method,
            value.Subdomain,
            value.Path,
            HydrusWriter.StringMap(value.RequiredCredentials),
            HydrusWriter.StringMap(value.StaticArguments),
            HydrusWriter.StringMap(value.TemporaryVariables),
            RequiredCookies.Write(value.RequiredCookies, writer),
            writer.WriteList(value.ContentParsers));
}

/// <summary>Login Script - Domain (73) v2: key, required cookies, credential definitions, steps, example domains.</summary>
internal sealed class LoginScriptCodec : HydrusCodec<LoginScript>
{
    public override int TypeId => HydrusTypes.LoginScript;

    protected override LoginScript ReadInfo(HydrusNode info, string name)
    {
        info.ExpectArray(5, "a login script");
        var examples = info[4].Items("the example domains")
            .Where(example => example.ExpectArray(3, "an example domain [domain, access_type, description]"))
            .Select(example => new LoginExampleDomain(example[0].String("the domain"), example[1].Enum<LoginAccessType>("the access type"), example[2].String("the description")))
            .ToList();
        return new LoginScript(
            name,
            HexKey.Read(info[0], "the login script key"),
            RequiredCookies.Read(info[1]),
            info[2].ObjectList<LoginCredentialDefinition>("the credential definitions"),
            info[3].ObjectList<LoginStep>("the login steps"),
            new EquatableArray<LoginExampleDomain>(examples));
    }

    protected override JsonNode? Write(LoginScript value, HydrusWriter writer) =>
        new JsonArray(
            value.Key,
            RequiredCookies.Write(value.RequiredCookies, writer),
            writer.WriteList(value.CredentialDefinitions),
            writer.WriteList(value.Steps),
            new JsonArray(value.ExampleDomains.Select(example => (JsonNode)new JsonArray(example.Domain, (int)example.AccessType, example.Description)).ToArray()));
}

/// <summary>Required cookies: a Serialisable Dictionary of name String Match → value String Match.</summary>
internal static class RequiredCookies
{
    public static EquatableArray<RequiredCookie> Read(HydrusNode node)
    {
        var dictionary = node.Object("the required cookies", new DefinitionDictionary(default));
        var cookies = new List<RequiredCookie>();
        foreach (var entry in dictionary.Entries)
        {
            if (entry is { Key: StringMatch nameMatch, Value: StringMatch valueMatch })
            {
                cookies.Add(new RequiredCookie(nameMatch, valueMatch));
            }
            else
            {
                node.Fail(Diagnostics.DiagnosticCodes.WrongObjectType, "each required cookie must map a name String Match to a value String Match.");
            }
        }

        return new EquatableArray<RequiredCookie>(cookies);
    }

    public static JsonNode Write(EquatableArray<RequiredCookie> cookies, HydrusWriter writer) =>
        writer.Write(new DefinitionDictionary(new EquatableArray<DefinitionDictionaryEntry>(cookies.Select(cookie => new DefinitionDictionaryEntry(cookie.NameMatch, cookie.ValueMatch)).ToList())));
}
