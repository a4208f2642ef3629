using System.Security.Claims;
using System.Text.Encodings.Web;
using Clipstream.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Clipstream.Security;

/// <summary>
/// Demo-only authentication: the caller names themself by handle in the <c>X-Demo-User</c> header (or the
/// <c>demo_user</c> query parameter, which browsers' SignalR WebSocket connections can send). A real platform
/// would use cookies or bearer tokens; the rest of the sample does not care which.
/// </summary>
public sealed class DemoAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    public const string SchemeName = "Demo";
    public const string HeaderName = "X-Demo-User";
    public const string QueryName = "demo_user";

    private readonly InMemoryStore _store;

    public DemoAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        InMemoryStore store)
        : base(options, logger, encoder)
    {
        _store = store;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? handle = Request.Headers[HeaderName];
        if (string.IsNullOrEmpty(handle))
        {
            handle = Request.Query[QueryName];
        }

        if (string.IsNullOrEmpty(handle))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var user = _store.FindUserByHandle(handle);
        if (user is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown demo user."));
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.Handle),
        };
        if (user.IsCreator)
        {
            claims.Add(new Claim(ClaimTypes.Role, Roles.Creator));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

public static class Roles
{
    public const string Creator = "Creator";
}

public static class Policies
{
    public const string CreatorOnly = "CreatorOnly";
}

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in user's id; endpoints that call this require authentication.</summary>
    public static Guid GetUserId(this ClaimsPrincipal principal) =>
        Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The endpoint requires an authenticated user."));

    public static Guid? FindUserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
