using System.Collections.Generic;

namespace PrivacyAnalyzers.Map
{
    /// <summary>
    /// What the analyzers see in one project and what they report (docs/privacy-map.md): every surface they judge, with
    /// the reason it is one, and every finding. The page a privacy reviewer reads, and the answer to "why was this not
    /// reported?": what is not listed here is not a surface to the analyzers.
    /// </summary>
    public sealed record PrivacyMap(
        string Project,
        IReadOnlyList<MapType> Types,
        IReadOnlyList<MapEndpoint> Endpoints,
        IReadOnlyList<MapSink> Sinks,
        IReadOnlyList<MapEventContext> EventContexts,
        IReadOnlyList<MapFinding> Findings);

    /// <summary>
    /// A place in a file: its path relative to the project's folder (<c>/</c> separators), its 1-based line and column;
    /// an empty path and line 0 for a finding about the whole project.
    /// </summary>
    public sealed record MapLocation(string File, int Line, int Column);

    /// <summary>
    /// A type whose exposed members leave the server: creator-facing (privacy model §3.1), a response (§3.4), or both,
    /// each with the reason the model gives.
    /// </summary>
    public sealed record MapType(
        string Name,
        MapLocation Location,
        string? CreatorFacingBecause,
        string? ResponseBecause,
        IReadOnlyList<MapMember> Members);

    /// <summary>
    /// An exposed property or field of a surface type (§3.2), with its data category (§10): the category of what was
    /// reported at it, or else of what its name says it holds; null when its name names no personal data. Its rules are
    /// those reported at its declaration or at a value it is filled with, a suppressed one as <c>PRIV001 (suppressed)</c>.
    /// An inherited member is named <c>Base.Member</c> and placed at the type that inherits it.
    /// </summary>
    public sealed record MapMember(string Name, string Type, MapLocation Location, string? DataCategory, IReadOnlyList<string> Rules);

    /// <summary>An action of a controller or hub, or a minimal API, with its routes, whether creators call it (§3.3) and what it sends (§8).</summary>
    public sealed record MapEndpoint(
        string Name,
        MapLocation Location,
        IReadOnlyList<string> Routes,
        bool CreatorFacing,
        IReadOnlyList<string> Payloads);

    /// <summary>
    /// A call or object creation that notifies a person (§7.1), or in an event context a call to a helper that reaches one
    /// (§7.3, <c>NotifyOwnerAsync through …</c>); the event context it runs in (§6), if any; and the rules reported at it.
    /// A sink in an event context that is not reported notifies the person who acted (§7.2).
    /// </summary>
    public sealed record MapSink(string Sink, string In, MapLocation Location, string? Event, string? EventBecause, IReadOnlyList<string> Rules);

    /// <summary>
    /// A method that runs in a negative or private engagement event (§6), and why. Methods only: a property accessor or a
    /// constructor takes its context the same way, and a sink in one lists its context with the sink.
    /// </summary>
    public sealed record MapEventContext(string Method, MapLocation Location, string Event, string Because);

    /// <summary>A diagnostic of the package, suppressed ones included with the justification their suppression gives.</summary>
    public sealed record MapFinding(
        string Rule,
        string Title,
        MapLocation Location,
        string Message,
        string? DataCategory,
        bool Suppressed,
        string? Justification);
}
