using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Tests.Meta;
using Xunit;

namespace PrivacyAnalyzers.Tests.Rules
{
    /// <summary>Every finding names its data category in the fideslang taxonomy, in the property SARIF writes with it.</summary>
    public class DataCategoryTests
    {
        /// <summary>Each finding of the source as "PRIVnnn member-or-call: category".</summary>
        private static async Task<string[]> CategoriesAsync(string source)
        {
            var run = await AllAnalyzers.RunAsync(source);
            Assert.Empty(run.Problems);
            return run.Diagnostics
                .OrderBy(d => d.Location.SourceSpan.Start)
                .Select(d => $"{d.Id} {Underlined(d)}: {(d.Properties.TryGetValue("DataCategory", out var category) ? category : "(none)")}")
                .ToArray();
        }

        private static string Underlined(Diagnostic diagnostic) =>
            diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);

        [Fact]
        public async Task Identifiers_are_named_by_what_the_path_ends_in()
        {
            var categories = await CategoriesAsync(@"
using System;
using System.Collections.Generic;

public class CreatorAudienceDto
{
    public List<Guid> ViewerIds { get; init; } = new();
    public List<string> SubscriberEmails { get; init; } = new();
    public List<string> NewFollowerHandles { get; init; } = new();
    public List<string> FanPhoneNumbers { get; init; } = new();
}");

            Assert.Equal(
                new[]
                {
                    "PRIV001 ViewerIds: user.unique_id",
                    "PRIV001 SubscriberEmails: user.contact.email",
                    "PRIV001 NewFollowerHandles: user.account.username",
                    "PRIV001 FanPhoneNumbers: user.contact.phone_number",
                },
                categories);
        }

        [Theory]
        [InlineData("ViewerMobileDeviceIds", "user.unique_id")]
        [InlineData("Downloads[].UserId", "user.unique_id")]
        [InlineData("Likes = likes[].EmailAddress", "user.contact.email")]
        [InlineData("Fans[].PhoneNumber", "user.contact.phone_number")]
        [InlineData("RecentViewers[].UserName", "user.account.username")]
        [InlineData("Attendees[].FullName", "user.name")]
        [InlineData("Followers[].Nickname", "user.account.username")]
        public void Identifier_category_is_read_from_the_noun_the_path_ends_with(string path, string category)
        {
            Assert.Equal(category, PrivacyAnalyzers.Model.DataCategories.OfIdentifierPath(path));
        }

        [Theory]
        [InlineData("LastViewerIpAddress", "user.device.ip_address")]
        [InlineData("RecentPlaybacks[].ClientIp", "user.device.ip_address")]
        [InlineData("FollowerPostalCodes", "user.location.precise")]
        [InlineData("Viewers[].Latitude", "user.location.precise")]
        public void Location_category_is_a_device_address_or_a_place(string path, string category)
        {
            Assert.Equal(category, PrivacyAnalyzers.Model.DataCategories.OfLocationPath(path));
        }

        [Fact]
        public async Task Locations_are_precise_or_a_device_address()
        {
            var categories = await CategoriesAsync(@"
public class CreatorLiveAudienceReport
{
    public double LastViewerLatitude { get; init; }
    public string LastViewerIp { get; init; } = """";
}

public class NearbyPersonDto
{
    public string UserName { get; init; } = """";
    public double Latitude { get; init; }
}");

            Assert.Equal(
                new[]
                {
                    "PRIV004 LastViewerLatitude: user.location.precise",
                    "PRIV004 LastViewerIp: user.device.ip_address",
                    "PRIV008 Latitude: user.location.precise",
                },
                categories);
        }

        [Fact]
        public async Task Negative_events_are_social_activity_and_private_ones_media_consumption()
        {
            var categories = await CategoriesAsync(@"
using System;
using System.Threading.Tasks;

public interface INotificationService { Task SendAsync(Guid userId, string message); }

public class EngagementService
{
    private readonly INotificationService _notifications;
    public EngagementService(INotificationService notifications) => _notifications = notifications;

    public Task UnfollowAsync(Guid creatorId) => _notifications.SendAsync(creatorId, ""Someone unfollowed you"");
    public Task DownloadVideoAsync(Guid ownerId) => _notifications.SendAsync(ownerId, ""Someone downloaded your video"");
}");

            Assert.Equal(
                new[]
                {
                    @"PRIV002 _notifications.SendAsync(creatorId, ""Someone unfollowed you""): user.social_activity",
                    @"PRIV003 _notifications.SendAsync(ownerId, ""Someone downloaded your video""): user.behavior.media_consumption",
                },
                categories);
        }

        [Fact]
        public async Task Returned_rosters_are_named_by_the_path_to_the_people()
        {
            var categories = await CategoriesAsync(@"
using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;

public record Follow(Guid FollowerId, string FollowerHandle);

[ApiController]
[Route(""api/users"")]
public class UsersController : ControllerBase
{
    private readonly List<Follow> _follows = new();

    [HttpGet(""{id}/followers"")]
    public ActionResult<List<string>> GetFollowerHandles(Guid id) => Ok(_follows.ConvertAll(f => f.FollowerHandle));
}");

            Assert.Single(categories);
            Assert.EndsWith(": user.account.username", categories[0]);
            Assert.StartsWith("PRIV007 ", categories[0]);
        }
    }
}
