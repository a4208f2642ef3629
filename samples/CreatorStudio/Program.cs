using Clipstream.Data;
using Clipstream.Notifications;
using Clipstream.Security;
using Clipstream.Services;
using Microsoft.AspNetCore.Authentication;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(_ => InMemoryStore.CreateSeeded());
builder.Services.AddSingleton<INotificationService, SignalRNotificationService>();
builder.Services.AddSingleton<EngagementService>();
builder.Services.AddSingleton<DownloadService>();
builder.Services.AddSingleton<Clipstream.Community.NearbyIndex>();
builder.Services.AddSingleton<CreatorAnalyticsService>();

builder.Services
    .AddAuthentication(DemoAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, DemoAuthenticationHandler>(DemoAuthenticationHandler.SchemeName, configureOptions: null);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.CreatorOnly, policy => policy.RequireRole(Roles.Creator));

builder.Services.AddControllers();
builder.Services.AddSignalR();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapControllers();
app.MapHub<NotificationHub>("/hubs/notifications");

// Minimal API: a playback reports its watch time. Views are private engagement: recorded, counted, never announced.
app.MapPost("/api/videos/{videoId:guid}/views", (Guid videoId, ViewReport report, HttpContext http, EngagementService engagement) =>
{
    try
    {
        engagement.RecordView(videoId, http.User.FindUserId(), TimeSpan.FromSeconds(report.WatchSeconds), report.Country);
        return Results.NoContent();
    }
    catch (KeyNotFoundException)
    {
        return Results.NotFound();
    }
});

// Minimal APIs for the creator studio: the "/studio" prefix and the CreatorOnly policy make them creator-facing.
var studio = app.MapGroup("/studio").RequireAuthorization(Policies.CreatorOnly);
studio.MapGet("/weekly-summary", (HttpContext http, CreatorAnalyticsService analytics) =>
    Results.Ok(analytics.GetWeeklySummary(http.User.GetUserId())));
studio.MapGet("/audience/growth", (HttpContext http, CreatorAnalyticsService analytics) =>
    Results.Ok(analytics.GetAudienceGrowth(http.User.GetUserId())));

// Legacy studio endpoints returning the deliberately leaking CreatorWeeklyDigest and AudienceSnapshot.
studio.MapGet("/legacy/weekly-digest", (HttpContext http, CreatorAnalyticsService analytics) =>
    Results.Ok(analytics.GetWeeklyDigest(http.User.GetUserId())));
studio.MapGet("/legacy/audience/snapshot", (HttpContext http, CreatorAnalyticsService analytics, int newest = 10) =>
    Results.Ok(analytics.GetAudienceSnapshot(http.User.GetUserId(), newest)));

// How a video's audience grows, for the studio: a count per day is all a creator gets.
studio.MapGet("/videos/{videoId:guid}/views/daily", (Guid videoId, InMemoryStore store) =>
    Results.Ok(store.ViewsOf([videoId]).GroupBy(v => v.ViewedAt.Date).Select(g => new { Day = g.Key, Views = g.Count() })));

// Legacy studio endpoint: the same views, one row per viewer.
studio.MapGet("/legacy/videos/{videoId:guid}/viewers", (Guid videoId, InMemoryStore store) =>
    // PRIV005: the anonymous projection carries each viewer's id
    Results.Ok(store.ViewsOf([videoId]).Select(v => new { v.ViewerId, v.WatchTime })));

app.Run();

/// <summary>The body of POST /api/videos/{videoId}/views: how long the playback lasted and the viewer's country code.</summary>
internal sealed record ViewReport(double WatchSeconds, string? Country);
