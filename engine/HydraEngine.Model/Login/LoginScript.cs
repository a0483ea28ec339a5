using HydraEngine.Model.Common;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Model.Login;

/// <summary>hydrus Login Script - Domain (73).</summary>
public sealed record LoginScript(
    string Name,
    string Key,
    EquatableArray<RequiredCookie> RequiredCookies,
    EquatableArray<LoginCredentialDefinition> CredentialDefinitions,
    EquatableArray<LoginStep> Steps,
    EquatableArray<LoginExampleDomain> ExampleDomains) : Definition, INamedDefinition;

/// <summary>A cookie that must exist after login: its name and value matches.</summary>
public sealed record RequiredCookie(StringMatch NameMatch, StringMatch ValueMatch);

public enum LoginAccessType
{
    Everything = 0,
    Nsfw = 1,
    Special = 2,
    UserPreferencesOnly = 3,
}

public sealed record LoginExampleDomain(string Domain, LoginAccessType AccessType, string Description);

public enum CredentialType
{
    Text = 0,
    Password = 1,
}

/// <summary>hydrus Login Credential Definition (72).</summary>
public sealed record LoginCredentialDefinition(string Name, CredentialType CredentialType, StringMatch Match)
    : Definition, INamedDefinition;

/// <summary>hydrus Login Step (74).</summary>
public sealed record LoginStep(
    string Name,
    string Scheme,
    string Method,
    string? Subdomain,
    string Path,
    EquatableArray<KeyValuePair<string, string>> RequiredCredentials,
    EquatableArray<KeyValuePair<string, string>> StaticArguments,
    EquatableArray<KeyValuePair<string, string>> TemporaryVariables,
    EquatableArray<RequiredCookie> RequiredCookies,
    EquatableArray<ContentParser> ContentParsers) : Definition, INamedDefinition;
