using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.CreatorFacingAudienceIdentifierAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class CreatorFacingAudienceIdentifierAnalyzerTests
    {
        /// <summary>The team's own marker attributes: matched by simple name, from any namespace.</summary>
        private const string Markers = @"
namespace Team.Privacy
{
    using System;
    public sealed class CreatorFacingAttribute : Attribute { }
    public sealed class UserIdentifierAttribute : Attribute { }
    public sealed class NoDataClassificationAttribute : Attribute { }
    public abstract class DataClassificationAttribute : Attribute { }
    public sealed class EndUserIdentifiableAttribute : DataClassificationAttribute { }
}
";

        private static Task VerifyAsync(string source, string? editorConfig = null) =>
            Verify.VerifyAnalyzerAsync(new[] { "using System; using System.Collections.Generic; using Team.Privacy;\n" + source, Markers }, editorConfig);

        // ---- Which types are creator-facing (§3.1) ----

        [Fact]
        public async Task Type_marked_CreatorFacing_is_checked()
        {
            await VerifyAsync(@"
[CreatorFacing]
public class VideoStats
{
    public IReadOnlyList<Guid> [|ViewerIds|] { get; init; } = new List<Guid>();
}");
        }

        [Fact]
        public async Task Type_whose_base_type_is_marked_CreatorFacing_is_checked()
        {
            await VerifyAsync(@"
[CreatorFacing]
public abstract class ReportBase { }

public class WeeklyReport : ReportBase
{
    public List<Guid> [|FollowerIds|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Type_implementing_a_CreatorFacing_interface_is_checked()
        {
            await VerifyAsync(@"
[CreatorFacing]
public interface IShownToCreators { }

public class LiveSessionSummary : IShownToCreators
{
    public string[] [|WatcherHandles|] { get; set; } = Array.Empty<string>();
}");
        }

        [Theory]
        [InlineData("CreatorVideoDto")]
        [InlineData("CreatorDTO")]
        [InlineData("CreatorAnalyticsResponse")]
        [InlineData("CreatorHomeViewModel")]
        [InlineData("CreatorHomeVm")]
        [InlineData("CreatorModel")]
        [InlineData("CreatorMonthlyReport")]
        [InlineData("CreatorAnalytics")]
        [InlineData("CreatorStats")]
        [InlineData("CreatorStatistics")]
        [InlineData("CreatorSummary")]
        [InlineData("CreatorInsights")]
        [InlineData("CreatorDigest")]
        [InlineData("CreatorDashboard")]
        [InlineData("ContentCreatorEarningsDto")]
        [InlineData("VideoInsightsForCreator")]
        [InlineData("VideoInsightsForCreators")]
        public async Task Type_named_for_creators_is_checked(string typeName)
        {
            await VerifyAsync($@"
public class {typeName}
{{
    public List<Guid> [|ViewerIds|] {{ get; set; }} = new();
}}");
        }

        [Theory]
        [InlineData("Acme.Creators.Analytics")]
        [InlineData("Acme.CreatorTools")]
        [InlineData("Acme.Studio")]
        public async Task Type_in_a_creator_namespace_is_checked(string ns)
        {
            await VerifyAsync($@"
namespace {ns}
{{
    public class VideoPerformance
    {{
        public List<Guid> [|ViewerIds|] {{ get; set; }} = new();
    }}
}}");
        }

        [Theory]
        [InlineData("VideoDto")]
        [InlineData("CreatorService")]
        [InlineData("CreatorDtoMapper")]
        public async Task Type_not_shown_to_creators_is_not_checked(string typeName)
        {
            await VerifyAsync($@"
namespace Acme.Studios.Feed
{{
    public class {typeName}
    {{
        public List<Guid> ViewerIds {{ get; set; }} = new();
    }}
}}");
        }

        [Fact]
        public async Task Type_matching_a_configured_pattern_is_checked()
        {
            await VerifyAsync(@"
namespace Acme.Partner
{
    public class PartnerPayoutStatement
    {
        public List<Guid> [|SubscriberIds|] { get; set; } = new();
    }

    public class PartnerInvoice
    {
        public List<Guid> SubscriberIds { get; set; } = new();
    }
}", "is_global = true\nprivacy.creator_facing_types = *PayoutStatement\n");
        }

        [Fact]
        public async Task Namespace_matching_a_configured_qualified_pattern_is_checked()
        {
            await VerifyAsync(@"
namespace Acme.Partner.Reports
{
    public class Payout
    {
        public List<Guid> [|SubscriberIds|] { get; set; } = new();
    }
}", "is_global = true\nprivacy.creator_facing_namespaces = Acme.Partner.*\n");
        }

        // ---- What is exposed ----

        [Fact]
        public async Task Positional_record_parameter_is_reported_at_the_parameter()
        {
            await VerifyAsync(@"
public record CreatorWeeklyDigest(Guid CreatorId, int Views, IReadOnlyList<string> [|SubscriberEmails|]);");
        }

        [Fact]
        public async Task Public_fields_are_exposed()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    public List<Guid> [|LikerIds|] = new();
}");
        }

        [Fact]
        public async Task Private_internal_and_static_state_is_not_exposed()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    private readonly List<Guid> _viewerIds = new();
    internal List<Guid> ViewerIds { get; } = new();
    public static List<Guid> RecentViewerIds { get; } = new();
    public int ViewerCount => _viewerIds.Count;
}");
        }

        [Fact]
        public async Task Members_inherited_from_a_base_that_is_not_creator_facing_are_reported_at_the_derived_type()
        {
            await VerifyAsync(@"
public class VideoStatsBase
{
    public int Views { get; set; }
    public List<Guid> ViewerIds { get; set; } = new();
}

public class [|CreatorVideoStatsDto|] : VideoStatsBase { }");
        }

        [Fact]
        public async Task Aggregates_inherited_from_a_base_are_not_reported()
        {
            await VerifyAsync(@"
public class VideoStatsBase
{
    public int Views { get; set; }
    public int UniqueViewers { get; set; }
}

public class CreatorVideoStatsDto : VideoStatsBase { }");
        }

        // ---- Marked members (§4.2) ----

        [Fact]
        public async Task Member_marked_UserIdentifier_is_reported()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    [UserIdentifier]
    public string [|LastInteraction|] { get; set; } = """";
}");
        }

        [Fact]
        public async Task Member_marked_with_a_data_classification_is_reported()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    [EndUserIdentifiable]
    public string [|Reference|] { get; set; } = """";
}");
        }

        [Fact]
        public async Task Member_marked_PersonalData_from_AspNetCore_Identity_is_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.Identity;

public class CreatorStats
{
    [PersonalData]
    public string [|TopCommenter|] { get; set; } = """";

    [ProtectedPersonalData]
    public string [|LastContact|] { get; set; } = """";
}");
        }

        [Fact]
        public async Task Member_marked_NoDataClassification_is_not_reported()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    [NoDataClassification]
    public List<Guid> ViewerIds { get; set; } = new();
}");
        }

        [Fact]
        public async Task Marker_written_on_a_positional_record_parameter_is_read()
        {
            await VerifyAsync(@"
public record CreatorPayoutSummary(decimal Amount, [UserIdentifier] string [|Reference|]);");
        }

        [Fact]
        public async Task NoDataClassification_on_a_positional_record_parameter_is_honoured()
        {
            await VerifyAsync(@"
public record CreatorWeeklyDigest(int Views, [NoDataClassification] IReadOnlyList<Guid> ViewerIds);");
        }

        // ---- Audience names with identifier shapes (§4.3) ----

        [Theory]
        [InlineData("string", "ViewerHandle")]
        [InlineData("string", "TopFanUsername")]
        [InlineData("string", "LastFollowerEmail")]
        [InlineData("string", "SubscriberPhoneNumber")]
        [InlineData("string", "FanProfileUrl")]
        [InlineData("string", "LikedBy")]
        [InlineData("Guid", "UnlikedBy")]
        [InlineData("long", "TopFanUserId")]
        [InlineData("Guid", "LastViewerId")]
        [InlineData("int?", "LastDownloaderId")]
        [InlineData("List<string>", "SubscriberEmails")]
        [InlineData("IReadOnlyList<Guid>", "ViewerIds")]
        [InlineData("Guid[]", "DownloadedBy")]
        [InlineData("HashSet<string>", "SavedBy")]
        [InlineData("List<string>", "UserNames")]
        [InlineData("Dictionary<Guid, int>", "WatchSecondsByViewerId")]
        [InlineData("Dictionary<string, TimeSpan>", "WatchTimeByViewerHandle")]
        [InlineData("Dictionary<Guid, int>", "WatchSecondsPerViewer")]
        [InlineData("IReadOnlyDictionary<string, int>", "LikesByFollower")]
        [InlineData("Dictionary<ViewerKey, TimeSpan>", "WatchTimeByViewer")]
        [InlineData("ViewerKey", "LastViewerId")]
        public async Task Audience_named_identifier_is_reported(string type, string name)
        {
            await VerifyAsync($@"
public readonly record struct ViewerKey(Guid Value);

public class CreatorStats
{{
    public {type} [|{name}|] {{ get; set; }} = default!;
}}");
        }

        [Fact]
        public async Task Application_collection_holds_the_type_argument_it_enumerates()
        {
            await VerifyAsync(@"
public class Ranked<TScore, TItem> : List<TItem> { public TScore? Top { get; set; } }
public class Tally<TKey> : Dictionary<TKey, int> where TKey : notnull { }

public class CreatorStats
{
    public Ranked<double, Guid> [|ViewerIds|] { get; set; } = new();
    public Ranked<Guid, double> ViewerScores { get; set; } = new();
    public Tally<Guid> [|WatchSecondsPerViewer|] { get; set; } = new();
}");
        }

        [Theory]
        [InlineData("int", "UniqueViewers")]
        [InlineData("long", "Followers")]
        [InlineData("int", "DownloaderCount")]
        [InlineData("int", "NewSubscribers")]
        [InlineData("double", "FanGrowthRate")]
        [InlineData("IReadOnlyList<Guid>", "TopVideoIds")]
        [InlineData("Guid", "CommentId")]
        [InlineData("Guid", "VideoId")]
        [InlineData("Guid", "CreatorId")]
        [InlineData("Guid", "ChannelId")]
        [InlineData("string", "Email")]
        [InlineData("string", "Handle")]
        [InlineData("string", "Title")]
        [InlineData("double", "VideoLatitude")]
        [InlineData("Guid", "UserId")]
        [InlineData("string", "UserName")]
        [InlineData("string", "OwnerHandle")]
        [InlineData("Guid", "CreatorUserId")]
        [InlineData("string", "ViewerCountryName")]
        [InlineData("IReadOnlyList<Guid>", "FollowerVideoIds")]
        [InlineData("Dictionary<string, int>", "ViewsByCountry")]
        [InlineData("Dictionary<string, int>", "ViewsByRegion")]
        [InlineData("Dictionary<Guid, int>", "ViewsPerVideo")]
        [InlineData("Dictionary<DateTime, int>", "ViewersByDay")]
        [InlineData("Dictionary<string, int>", "LikesByFollowerCountry")]
        [InlineData("string", "TopRegion")]
        [InlineData("DateTimeOffset", "LastViewedAt")]
        [InlineData("string", "CreatedBy")]
        [InlineData("TimeSpan", "AverageWatchTime")]
        [InlineData("double", "CompletionRate")]
        public async Task Subject_data_and_aggregates_are_not_reported(string type, string name)
        {
            await VerifyAsync($@"
public class CreatorStats
{{
    public {type} {name} {{ get; set; }} = default!;
}}");
        }

        [Fact]
        public async Task Audience_IP_addresses_and_postal_codes_are_locations_left_to_PRIV004()
        {
            await VerifyAsync(@"
using System.Net;

public class SessionRow { public IPAddress? Ip { get; set; } public string PostalCode { get; set; } = """"; public double Latitude { get; set; } }

public class CreatorStats
{
    public IPAddress? LastViewerIp { get; set; }
    public string LastViewerIpAddress { get; set; } = """";
    public List<string> FollowerPostalCodes { get; set; } = new();
    public string TopFanStreetAddress { get; set; } = """";
    public List<SessionRow> Sessions { get; set; } = new();
}");
        }

        [Fact]
        public async Task An_audience_word_beside_a_subject_word_still_names_the_audience()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    public List<Guid> [|ChannelSubscriberIds|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Audience_words_can_be_extended_and_removed_by_policy()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    public List<Guid> [|PatronIds|] { get; set; } = new();
    public List<Guid> MemberIds { get; set; } = new();
}", "is_global = true\nprivacy.audience_words = Patron, -Member\n");
        }

        // ---- Collections of rows about people (§4.5) ----

        [Fact]
        public async Task Collection_of_identity_rows_is_reported_whatever_it_is_called()
        {
            await VerifyAsync(@"
public class DownloadRecord
{
    public Guid VideoId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset At { get; set; }
}

public class CreatorVideoStats
{
    public List<DownloadRecord> [|Downloads|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Rows_in_a_root_namespace_named_for_creators_are_still_other_people()
        {
            // A product called CreatorHub: every type is creator-facing by its namespace, the rows of viewers too,
            // yet a viewer row's Username is the viewer's, not the creator's own.
            await VerifyAsync(@"
namespace CreatorHub.Api.Dtos
{
    public class ViewerRow
    {
        public string Username { get; set; } = """";
        public DateTimeOffset At { get; set; }
    }

    public class VideoStatsDto
    {
        public string Username { get; set; } = """";
        public List<ViewerRow> [|RecentViewers|] { get; set; } = new();
    }
}");
        }

        [Fact]
        public async Task A_row_creator_facing_by_its_namespace_reports_its_audience_members_and_is_listed_as_rows()
        {
            // The row is a surface of its own (its namespace) and a row of the stats that list it: both places show the viewers.
            await VerifyAsync(@"
namespace CreatorHub.Api.Dtos
{
    public class ViewerRow
    {
        public Guid [|ViewerId|] { get; set; }
    }

    public class VideoStatsDto
    {
        public List<ViewerRow> [|RecentViewers|] { get; set; } = new();
    }
}");
        }

        [Fact]
        public async Task Collection_of_tuples_naming_a_person_is_reported()
        {
            await VerifyAsync(@"
public class CreatorVideoStats
{
    public List<(Guid UserId, DateTimeOffset At)> [|Saves|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Collection_of_user_entities_is_reported()
        {
            await VerifyAsync(@"
public class ApplicationUser { public string Email { get; set; } = """"; }

public class CreatorStats
{
    public IEnumerable<ApplicationUser> [|Supporters|] { get; set; } = Array.Empty<ApplicationUser>();
}");
        }

        [Fact]
        public async Task Collection_of_IdentityUser_subclasses_is_reported()
        {
            await VerifyAsync(@"
using Microsoft.AspNetCore.Identity;

public class ClipUser : IdentityUser { }

public class CreatorStats
{
    public List<ClipUser> [|RecentLikes|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Type_marked_UserIdentifier_is_a_user_entity()
        {
            await VerifyAsync(@"
[UserIdentifier]
public class Profile { public string Bio { get; set; } = """"; }

public class CreatorStats
{
    public List<Profile> [|Visits|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Rows_are_found_through_wrapper_types()
        {
            await VerifyAsync(@"
public class RecentViewer { public string Handle { get; set; } = """"; public DateTimeOffset At { get; set; } }

public class PagedResult<T>
{
    public IReadOnlyList<T> Items { get; set; } = Array.Empty<T>();
    public int TotalCount { get; set; }
}

public class CreatorAnalyticsResponse
{
    public PagedResult<RecentViewer> [|Viewers|] { get; set; } = new();
    public PagedResult<VideoRow> TopVideos { get; set; } = new();
}

public class VideoRow { public Guid VideoId { get; set; } public string Title { get; set; } = """"; }");
        }

        [Fact]
        public async Task Rows_are_found_through_nested_row_types()
        {
            await VerifyAsync(@"
public class ViewerInfo { public string Nickname { get; set; } = """"; }
public class ViewEvent { public ViewerInfo Viewer { get; set; } = new(); public TimeSpan Watched { get; set; } }

public class CreatorStats
{
    public List<ViewEvent> [|Views|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Dictionary_whose_values_are_identity_rows_is_reported()
        {
            await VerifyAsync(@"
public class FanRow { public Guid UserId { get; set; } }

public class CreatorStats
{
    public Dictionary<string, List<FanRow>> [|FansByCountry|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Rows_about_content_are_not_reported()
        {
            await VerifyAsync(@"
public class VideoSummary
{
    public Guid VideoId { get; set; }
    public Guid OwnerId { get; set; }
    public string Title { get; set; } = """";
    public int Views { get; set; }
}

public class CommentRow
{
    public Guid CommentId { get; set; }
    public string AuthorHandle { get; set; } = """";
    public string Text { get; set; } = """";
}

public class CreatorStats
{
    public List<VideoSummary> TopVideos { get; set; } = new();
    public List<CommentRow> PinnedComments { get; set; } = new();
    public List<(string Country, int Views)> ViewsByCountry { get; set; } = new();
    public List<int> DailyViews { get; set; } = new();
}");
        }

        [Fact]
        public async Task Recursive_row_types_terminate()
        {
            await VerifyAsync(@"
public class Node { public List<Node> Children { get; set; } = new(); public string Label { get; set; } = """"; }
public class Thread { public Thread? Parent { get; set; } public List<Reply> Replies { get; set; } = new(); }
public class Reply { public Thread Thread { get; set; } = new(); public Guid UserId { get; set; } }

public class CreatorStats
{
    public List<Node> Tree { get; set; } = new();
    public List<Thread> [|Threads|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Self_referencing_generic_types_terminate()
        {
            await VerifyAsync(@"
public class Nest<T> { public List<Nest<List<T>>> Inner { get; set; } = new(); public T Value { get; set; } = default!; }

public class CreatorStats
{
    public Nest<int> Histogram { get; set; } = new();
}");
        }

        [Fact]
        public async Task Nested_creator_facing_types_are_reported_once_where_they_leak()
        {
            await VerifyAsync(@"
public class CreatorVideoStats
{
    public List<Guid> [|ViewerIds|] { get; set; } = new();
}

public class CreatorDashboard
{
    public List<CreatorVideoStats> Videos { get; set; } = new();
}");
        }

        // ---- One person (§4.6) ----

        [Fact]
        public async Task Single_user_entity_named_for_the_audience_is_reported()
        {
            await VerifyAsync(@"
public class ApplicationUser { public string Email { get; set; } = """"; }

public class CreatorStats
{
    public ApplicationUser? [|LastUnliker|] { get; set; }
    public ApplicationUser? Owner { get; set; }
}");
        }

        [Fact]
        public async Task Single_identity_row_named_for_the_audience_is_reported()
        {
            await VerifyAsync(@"
public class UserSummary { public Guid UserId { get; set; } public string Handle { get; set; } = """"; }

public class CreatorStats
{
    public UserSummary [|TopFan|] { get; set; } = new();
    public UserSummary Profile { get; set; } = new();
}");
        }

        // ---- The message ----

        [Theory]
        [InlineData("public List<DownloadRecord> Downloads { get; set; } = new();", "Downloads[].UserId")]
        [InlineData("public PagedResult<DownloadRecord> Recent { get; set; } = new();", "Recent.Items[].UserId")]
        [InlineData("public List<Guid> ViewerIds { get; set; } = new();", "ViewerIds")]
        public async Task Message_names_the_type_and_the_path_that_leaks(string member, string path)
        {
            var source = $@"
using System;
using System.Collections.Generic;

public class DownloadRecord {{ public Guid UserId {{ get; set; }} }}
public class PagedResult<T> {{ public List<T> Items {{ get; set; }} = new(); }}

public class CreatorVideoStats
{{
    {member}
}}";
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(source)), null);
            var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(solution, new CreatorFacingAudienceIdentifierAnalyzer());
            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal(
                $"Creator-facing type 'CreatorVideoStats' exposes who its audience members are through '{path}'; expose an aggregate instead",
                diagnostic.GetMessage());
        }

        // ---- Robustness ----

        [Fact]
        public async Task Members_of_error_types_are_ignored()
        {
            await Verify.VerifyAnalyzerAsync(@"
public class CreatorStats
{
    public {|CS0246:MissingType|} ViewerIds { get; set; }
    public System.Collections.Generic.List<{|CS0246:AlsoMissing|}> Downloads { get; set; } = new();
}");
        }
    }
}
