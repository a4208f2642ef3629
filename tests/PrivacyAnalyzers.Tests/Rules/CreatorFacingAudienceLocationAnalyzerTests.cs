using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Rules;
using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.CreatorFacingAudienceLocationAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class CreatorFacingAudienceLocationAnalyzerTests
    {
        /// <summary>The team's own marker attributes and geo types: matched by simple name (and, for Point, by namespace).</summary>
        private const string Markers = @"
namespace Team.Privacy
{
    using System;
    public sealed class CreatorFacingAttribute : Attribute { }
    public sealed class PreciseLocationAttribute : Attribute { }
    public sealed class NoDataClassificationAttribute : Attribute { }
}

namespace Team.Geo
{
    public readonly record struct GeoPoint(double Latitude, double Longitude);
    public sealed class GeoCoordinate { public double Lat { get; set; } public double Lng { get; set; } }
}

namespace NetTopologySuite.Geometries
{
    public abstract class Geometry { }
    public class Point : Geometry { public double X { get; set; } public double Y { get; set; } }
}
";

        private const string Usings = "using System; using System.Collections.Generic; using System.Net; using Team.Privacy; using Team.Geo;\n";

        private static Task VerifyAsync(string source, string? editorConfig = null) =>
            Verify.VerifyAnalyzerAsync(new[] { Usings + source, Markers }, editorConfig);

        // ---- Which types are checked (§3.1) ----

        [Fact]
        public async Task Type_marked_CreatorFacing_is_checked()
        {
            await VerifyAsync(@"
public class ViewRow { public double Latitude { get; set; } public double Longitude { get; set; } }

[CreatorFacing]
public class VideoMap
{
    public List<ViewRow> [|RecentViews|] { get; set; } = new();
}");
        }

        [Theory]
        [InlineData("CreatorVideoDto")]
        [InlineData("CreatorAudienceReport")]
        [InlineData("CreatorGeoInsights")]
        [InlineData("AudienceMapForCreators")]
        public async Task Type_named_for_creators_is_checked(string typeName)
        {
            await VerifyAsync($@"
public class {typeName}
{{
    public IPAddress? [|LastViewerIp|] {{ get; set; }}
}}");
        }

        [Fact]
        public async Task Type_in_a_Studio_namespace_is_checked()
        {
            await VerifyAsync(@"
namespace Acme.Studio
{
    public class AudienceMap
    {
        public string [|FollowerPostalCode|] { get; set; } = """";
    }
}");
        }

        [Theory]
        [InlineData("ViewerSession")]
        [InlineData("CreatorGeoService")]
        public async Task Type_not_shown_to_creators_is_not_checked(string typeName)
        {
            await VerifyAsync($@"
public class ViewRow {{ public double Latitude {{ get; set; }} }}

public class {typeName}
{{
    public IPAddress? LastViewerIp {{ get; set; }}
    public List<ViewRow> RecentViews {{ get; set; }} = new();
}}");
        }

        // ---- What is exposed ----

        [Fact]
        public async Task Positional_record_parameter_is_reported_at_the_parameter()
        {
            await VerifyAsync(@"
public record CreatorGeoDigest(Guid CreatorId, int Views, IReadOnlyList<string> [|FollowerPostalCodes|]);");
        }

        [Fact]
        public async Task Positional_record_parameter_holding_rows_is_reported_at_the_parameter()
        {
            await VerifyAsync(@"
public record ViewRow(DateTimeOffset At, double Lat, double Lng);

public record CreatorViewsDto(Guid VideoId, List<ViewRow> [|RecentViews|]);");
        }

        [Fact]
        public async Task Public_fields_are_exposed()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    public string [|LastFanZipCode|] = """";
}");
        }

        [Fact]
        public async Task Private_internal_and_static_state_is_not_exposed()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    private readonly List<string> _viewerPostalCodes = new();
    internal IPAddress? LastViewerIp { get; set; }
    public static string TopFollowerZipCode { get; set; } = """";
    public int ViewerPostalCodeCount => _viewerPostalCodes.Count;
}");
        }

        [Fact]
        public async Task Members_inherited_from_a_base_that_is_not_creator_facing_are_reported_at_the_derived_type()
        {
            await VerifyAsync(@"
public class VideoStatsBase
{
    public int Views { get; set; }
    public IPAddress? LastViewerIp { get; set; }
}

public class [|CreatorVideoStatsDto|] : VideoStatsBase { }");
        }

        [Fact]
        public async Task Members_of_a_creator_facing_base_are_reported_at_the_base_only()
        {
            await VerifyAsync(@"
[CreatorFacing]
public class StatsBase
{
    public IPAddress? [|LastViewerIp|] { get; set; }
}

public class CreatorVideoStatsDto : StatsBase { }");
        }

        [Fact]
        public async Task Coarse_members_inherited_from_a_base_are_not_reported()
        {
            await VerifyAsync(@"
public class VideoStatsBase
{
    public double Latitude { get; set; }
    public Dictionary<string, int> ViewsByCountry { get; set; } = new();
}

public class CreatorVideoStatsDto : VideoStatsBase { }");
        }

        // ---- Location by type ----

        [Theory]
        [InlineData("IPAddress?", "LastViewerIp")]
        [InlineData("IPAddress?", "TopFanAddress")]
        [InlineData("IPEndPoint?", "LastViewerEndPoint")]
        [InlineData("GeoPoint", "ViewerPosition")]
        [InlineData("GeoPoint?", "LastFollowerPosition")]
        [InlineData("GeoCoordinate?", "SubscriberSpot")]
        [InlineData("NetTopologySuite.Geometries.Point?", "FanLocation")]
        [InlineData("List<GeoPoint>", "ViewerPositions")]
        [InlineData("Dictionary<Guid, IPAddress>", "ViewerAddresses")]
        public async Task Location_type_named_for_the_audience_is_reported(string type, string name)
        {
            await VerifyAsync($@"
public class CreatorStats
{{
    public {type} [|{name}|] {{ get; set; }} = default!;
}}");
        }

        [Fact]
        public async Task Location_types_inside_rows_are_reported_whatever_they_are_called()
        {
            await VerifyAsync(@"
public class SessionRow { public IPAddress? Address { get; set; } public TimeSpan Watched { get; set; } }
public class CheckInRow { public GeoPoint Where { get; set; } }
public class ShapeRow { public NetTopologySuite.Geometries.Point? Shape { get; set; } }

public class CreatorStats
{
    public List<SessionRow> [|Sessions|] { get; set; } = new();
    public List<CheckInRow> [|CheckIns|] { get; set; } = new();
    public List<ShapeRow> [|Shapes|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task A_Point_of_another_namespace_is_not_a_location()
        {
            await VerifyAsync(@"
namespace Acme.Charts
{
    public struct Point { public int X { get; set; } public int Y { get; set; } }
}

public class ChartRow { public Acme.Charts.Point Point { get; set; } }

public class CreatorStats
{
    public List<ChartRow> Chart { get; set; } = new();
    public Acme.Charts.Point ViewerPeak { get; set; }
}");
        }

        // ---- Location by name ----

        [Theory]
        [InlineData("double", "ViewerLatitude")]
        [InlineData("double?", "LastViewerLongitude")]
        [InlineData("float", "FanLat")]
        [InlineData("decimal", "FanLng")]
        [InlineData("double", "FanLon")]
        [InlineData("string", "ViewerCoordinates")]
        [InlineData("double[]", "ViewerCoords")]
        [InlineData("string", "ViewerGeohash")]
        [InlineData("string", "FanGeoHash")]
        [InlineData("string", "LastViewerIp")]
        [InlineData("uint", "LastViewerIp")]
        [InlineData("string", "LastViewerIpAddress")]
        [InlineData("string", "LastViewerIPAddress")]
        [InlineData("List<string>", "RecentViewerIPs")]
        [InlineData("string", "FollowerPostalCode")]
        [InlineData("string", "FollowerPostcode")]
        [InlineData("int", "SubscriberZipCode")]
        [InlineData("string", "SubscriberZipcode")]
        [InlineData("string", "TopFanStreetAddress")]
        [InlineData("string", "ViewerAddress")]
        [InlineData("string", "TopFanAddressLine1")]
        [InlineData("List<string>", "SubscriberPostalCodes")]
        [InlineData("List<string>", "UserPostalCodes")]
        [InlineData("PostalCode", "FollowerPostalCode")]
        public async Task Location_name_for_the_audience_is_reported(string type, string name)
        {
            await VerifyAsync($@"
public sealed record PostalCode(string Value);

public class CreatorStats
{{
    public {type} [|{name}|] {{ get; set; }} = default!;
}}");
        }

        [Theory]
        [InlineData("Latitude")]
        [InlineData("Lng")]
        [InlineData("ClientIp")]
        [InlineData("IpAddress")]
        [InlineData("PostalCode")]
        [InlineData("ZipCode")]
        [InlineData("StreetAddress")]
        [InlineData("AddressLine2")]
        [InlineData("Geohash")]
        public async Task Location_names_inside_rows_are_reported(string name)
        {
            await VerifyAsync($@"
public class VisitRow {{ public DateTimeOffset At {{ get; set; }} public string {name} {{ get; set; }} = """"; }}

public class CreatorStats
{{
    public List<VisitRow> [|Visits|] {{ get; set; }} = new();
}}");
        }

        [Theory]
        [InlineData("string", "ViewerIpCountry")]
        [InlineData("string", "ViewerLatitudeBucket")]
        [InlineData("int", "ViewerZipCodeCount")]
        [InlineData("int", "UniqueViewerIps")]
        [InlineData("long", "DistinctFollowerPostalCodes")]
        [InlineData("bool", "HasViewerIp")]
        [InlineData("DateTimeOffset", "LastViewerIpChangedAt")]
        [InlineData("DateTimeOffset", "LastViewerIp")]
        [InlineData("string", "ViewerEmailAddress")]
        [InlineData("string", "ViewerWalletAddress")]
        [InlineData("string", "FanZip")]
        [InlineData("string", "ViewerLocation")]
        public async Task Names_whose_head_is_not_a_location_are_not_reported(string type, string name)
        {
            await VerifyAsync($@"
public class CreatorStats
{{
    public {type} {name} {{ get; set; }} = default!;
}}");
        }

        // ---- Location by attribute ----

        [Fact]
        public async Task Member_marked_PreciseLocation_inside_rows_is_reported()
        {
            await VerifyAsync(@"
public class CheckInRow { [PreciseLocation] public string Spot { get; set; } = """"; }

public class CreatorStats
{
    public List<CheckInRow> [|CheckIns|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Member_marked_PreciseLocation_under_an_audience_name_is_reported()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    [PreciseLocation]
    public string [|LastViewerWhereabouts|] { get; set; } = """";
}");
        }

        [Fact]
        public async Task Attribute_of_the_annotations_package_is_recognised()
        {
            await VerifyAsync(@"
namespace PrivacyAnalyzers
{
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
    public sealed class PreciseLocationAttribute : Attribute { }
}

public record CreatorStats([property: PrivacyAnalyzers.PreciseLocation] string [|FanHangout|]);");
        }

        [Fact]
        public async Task Positional_parameter_marked_PreciseLocation_inside_rows_is_reported()
        {
            await VerifyAsync(@"
public record CheckInRow([PreciseLocation] string Spot, DateTimeOffset At);

public class CreatorStats
{
    public List<CheckInRow> [|CheckIns|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Member_marked_PreciseLocation_without_an_audience_name_is_the_subjects()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    [PreciseLocation]
    public string StudioSpot { get; set; } = """";
}");
        }

        [Fact]
        public async Task Member_marked_NoDataClassification_is_not_reported()
        {
            await VerifyAsync(@"
public class ViewRow { [NoDataClassification] public double Latitude { get; set; } }

public class CreatorStats
{
    [NoDataClassification]
    public IPAddress? LastViewerIp { get; set; }
    public List<ViewRow> RecentViews { get; set; } = new();
}");
        }

        // ---- Subject data, coarse dimensions and aggregates ----

        [Theory]
        [InlineData("double", "VideoLatitude")]
        [InlineData("double", "Latitude")]
        [InlineData("double", "Longitude")]
        [InlineData("string", "StudioPostalCode")]
        [InlineData("string", "PostalCode")]
        [InlineData("string", "StreetAddress")]
        [InlineData("IPAddress?", "ServerIp")]
        [InlineData("GeoPoint", "FilmedAt")]
        [InlineData("string", "CreatorZipCode")]
        [InlineData("string", "OwnerStreetAddress")]
        [InlineData("GeoPoint", "ChannelLocation")]
        [InlineData("string", "UserPostalCode")]
        [InlineData("string", "ViewerCountry")]
        [InlineData("string", "ViewerRegion")]
        [InlineData("string", "FollowerCity")]
        [InlineData("Dictionary<string, int>", "ViewsByCountry")]
        [InlineData("Dictionary<string, int>", "ViewsByRegion")]
        [InlineData("string", "TopRegion")]
        [InlineData("Dictionary<string, int>", "ViewsByPostalCode")]
        [InlineData("Dictionary<string, int>", "ViewerCountByZipCode")]
        [InlineData("Dictionary<string, int>", "FollowersPerPostalCode")]
        [InlineData("int", "ViewerZipCodeCount")]
        public async Task Subject_location_coarse_dimensions_and_aggregates_are_not_reported(string type, string name)
        {
            await VerifyAsync($@"
public class CreatorStats
{{
    public {type} {name} {{ get; set; }} = default!;
}}");
        }

        // ---- Rows inside collections ----

        [Fact]
        public async Task Collection_of_rows_with_a_location_is_reported_whatever_it_is_called()
        {
            await VerifyAsync(@"
public class ViewRow { public DateTimeOffset At { get; set; } public double Latitude { get; set; } public double Longitude { get; set; } }

public class CreatorStats
{
    public List<ViewRow> [|RecentViews|] { get; set; } = new();
    public ViewRow[] [|Plays|] { get; set; } = Array.Empty<ViewRow>();
    public IEnumerable<ViewRow> [|Things|] { get; set; } = Array.Empty<ViewRow>();
}");
        }

        [Fact]
        public async Task Rows_in_a_root_namespace_named_for_creators_are_still_other_people()
        {
            // Every type of CreatorHub is creator-facing by its namespace; a viewer row's Latitude is still the viewer's.
            await VerifyAsync(@"
namespace CreatorHub.Api.Dtos
{
    public class ViewerRow { public string Username { get; set; } = """"; public double Latitude { get; set; } public double Longitude { get; set; } }

    public class VideoStatsDto
    {
        public double Latitude { get; set; }
        public List<ViewerRow> [|RecentViewers|] { get; set; } = new();
    }
}");
        }

        [Fact]
        public async Task Collection_of_rows_named_like_a_location_is_still_rows_about_other_people()
        {
            await VerifyAsync(@"
public class ViewRow { public double Latitude { get; set; } }

public class CreatorStats
{
    public List<ViewRow> [|Coordinates|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Collection_of_location_values_needs_an_audience_name()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    public List<GeoPoint> FilmingSpots { get; set; } = new();
    public List<IPAddress> AllowedUploadIps { get; set; } = new();
    public List<string> StudioPostalCodes { get; set; } = new();
    public List<GeoPoint> [|FollowerPositions|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Collection_of_tuples_with_coordinates_is_reported()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    public List<(double Lat, double Lng, int Views)> [|Heatmap|] { get; set; } = new();
    public List<(string Country, int Views)> ViewsByCountry { get; set; } = new();
}");
        }

        [Fact]
        public async Task Rows_are_found_through_wrapper_types()
        {
            await VerifyAsync(@"
public class ViewRow { public double Latitude { get; set; } }
public class DayRow { public DateOnly Day { get; set; } public int Views { get; set; } }

public class PagedResult<T>
{
    public IReadOnlyList<T> Items { get; set; } = Array.Empty<T>();
    public int TotalCount { get; set; }
}

public class CreatorAnalyticsResponse
{
    public PagedResult<ViewRow> [|Views|] { get; set; } = new();
    public PagedResult<DayRow> Days { get; set; } = new();
}");
        }

        [Fact]
        public async Task Rows_are_found_through_nested_row_types()
        {
            await VerifyAsync(@"
public class Place { public string City { get; set; } = """"; public string PostalCode { get; set; } = """"; }
public class ViewEvent { public Place Place { get; set; } = new(); public TimeSpan Watched { get; set; } }

public class CreatorStats
{
    public List<ViewEvent> [|Views|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Dictionary_whose_values_are_rows_with_a_location_is_reported()
        {
            await VerifyAsync(@"
public class ViewRow { public double Lat { get; set; } }

public class CreatorStats
{
    public Dictionary<string, List<ViewRow>> [|ViewsByCountry|] { get; set; } = new();
}");
        }

        [Fact]
        public async Task Rows_with_coarse_dimensions_only_are_not_reported()
        {
            await VerifyAsync(@"
public class CountryRow { public string Country { get; set; } = """"; public string Region { get; set; } = """"; public string City { get; set; } = """"; public int Views { get; set; } }
public class PostalCodeRow { public int ViewsByPostalCode { get; set; } public int ZipCodeCount { get; set; } }

public class CreatorStats
{
    public List<CountryRow> ViewsByCountry { get; set; } = new();
    public List<PostalCodeRow> Buckets { get; set; } = new();
}");
        }

        [Fact]
        public async Task Subject_words_inside_rows_are_the_subjects_location()
        {
            await VerifyAsync(@"
public class VideoRow { public Guid VideoId { get; set; } public double CreatorLatitude { get; set; } public string ChannelPostalCode { get; set; } = """"; }

public class CreatorStats
{
    public List<VideoRow> TopVideos { get; set; } = new();
}");
        }

        [Fact]
        public async Task Recursive_row_types_terminate()
        {
            await VerifyAsync(@"
public class Node { public List<Node> Children { get; set; } = new(); public string Label { get; set; } = """"; }
public class Thread { public Thread? Parent { get; set; } public List<Reply> Replies { get; set; } = new(); }
public class Reply { public Thread Thread { get; set; } = new(); public string PostalCode { get; set; } = """"; }

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
    public IPAddress? [|LastViewerIp|] { get; set; }
}

public class CreatorDashboard
{
    public List<CreatorVideoStats> Videos { get; set; } = new();
}");
        }

        [Fact]
        public async Task A_member_with_several_locations_is_reported_once()
        {
            await VerifyAsync(@"
public class ViewRow { public double Latitude { get; set; } public double Longitude { get; set; } public IPAddress? Ip { get; set; } public string ZipCode { get; set; } = """"; }

public class CreatorStats
{
    public List<ViewRow> [|RecentViews|] { get; set; } = new();
}");
        }

        // ---- One audience member ----

        [Fact]
        public async Task Single_row_named_for_the_audience_is_reported()
        {
            await VerifyAsync(@"
public class ViewerSnapshot { public DateTimeOffset At { get; set; } public double Latitude { get; set; } }

public class CreatorStats
{
    public ViewerSnapshot [|TopViewer|] { get; set; } = new();
    public ViewerSnapshot Snapshot { get; set; } = new();
}");
        }

        // ---- Policy ----

        [Fact]
        public async Task Audience_words_can_be_extended_and_removed_by_policy()
        {
            await VerifyAsync(@"
public class CreatorStats
{
    public string [|PatronPostalCode|] { get; set; } = """";
    public string MemberPostalCode { get; set; } = """";
}", "is_global = true\nprivacy.audience_words = Patron, -Member\n");
        }

        [Fact]
        public async Task Subject_words_can_be_extended_by_policy()
        {
            await VerifyAsync(@"
public class VideoRow { public Guid VideoId { get; set; } public double VideoLatitude { get; set; } }
public class ViewRow { public double Latitude { get; set; } }

public class CreatorStats
{
    public List<VideoRow> TopVideos { get; set; } = new();
    public List<ViewRow> [|RecentViews|] { get; set; } = new();
}", "is_global = true\nprivacy.subject_words = Video\n");
        }

        [Fact]
        public async Task Types_can_be_made_creator_facing_by_policy()
        {
            await VerifyAsync(@"
namespace Acme.Partner
{
    public class PartnerPayoutStatement
    {
        public string [|TopSubscriberZipCode|] { get; set; } = """";
    }
}", "is_global = true\nprivacy.creator_facing_types = *PayoutStatement\n");
        }

        // ---- The message ----

        [Theory]
        [InlineData("public List<ViewRow> RecentViews { get; set; } = new();", "RecentViews[].Latitude")]
        [InlineData("public PagedResult<ViewRow> Views { get; set; } = new();", "Views.Items[].Latitude")]
        [InlineData("public ViewRow TopViewer { get; set; } = new();", "TopViewer.Latitude")]
        [InlineData("public IPAddress? LastViewerIp { get; set; }", "LastViewerIp")]
        public async Task Message_names_the_type_and_the_path_that_leaks(string member, string path)
        {
            var diagnostic = Assert.Single(await RunAsync(
                new CreatorFacingAudienceLocationAnalyzer(),
                $@"
public class ViewRow {{ public double Latitude {{ get; set; }} }}
public class PagedResult<T> {{ public List<T> Items {{ get; set; }} = new(); }}

public class CreatorVideoStats
{{
    {member}
}}"));
            Assert.Equal(
                $"Creator-facing type 'CreatorVideoStats' exposes the precise location of its audience members through '{path}'; expose a coarse aggregate (country, region) instead",
                diagnostic.GetMessage());
        }

        [Fact]
        public async Task Message_for_an_inherited_member_names_the_base()
        {
            var diagnostic = Assert.Single(await RunAsync(
                new CreatorFacingAudienceLocationAnalyzer(),
                @"
public class VideoStatsBase { public IPAddress? LastViewerIp { get; set; } }
public class CreatorVideoStatsDto : VideoStatsBase { }"));
            Assert.Contains("'CreatorVideoStatsDto'", diagnostic.GetMessage());
            Assert.Contains("'VideoStatsBase.LastViewerIp'", diagnostic.GetMessage());
        }

        // ---- PRIV001 and PRIV004 split one row ----

        [Fact]
        public async Task A_row_with_an_id_and_a_location_gives_PRIV001_for_the_id_and_PRIV004_for_the_location()
        {
            const string Source = @"
public class ViewRow { public Guid UserId { get; set; } public double Latitude { get; set; } }

public class CreatorVideoStats
{
    public List<ViewRow> RecentViews { get; set; } = new();
}";
            var identifiers = await RunAsync(new CreatorFacingAudienceIdentifierAnalyzer(), Source);
            var locations = await RunAsync(new CreatorFacingAudienceLocationAnalyzer(), Source);

            Assert.Contains("'RecentViews[].UserId'", Assert.Single(identifiers).GetMessage());
            Assert.Contains("'RecentViews[].Latitude'", Assert.Single(locations).GetMessage());
        }

        [Fact]
        public async Task Audience_IP_addresses_and_postal_codes_are_PRIV004_only()
        {
            const string Source = @"
public class SessionRow { public IPAddress? Ip { get; set; } public string PostalCode { get; set; } = """"; }

public class CreatorVideoStats
{
    public IPAddress? LastViewerIp { get; set; }
    public string LastViewerIpAddress { get; set; } = """";
    public string FollowerPostalCode { get; set; } = """";
    public List<SessionRow> Sessions { get; set; } = new();
}";
            Assert.Empty(await RunAsync(new CreatorFacingAudienceIdentifierAnalyzer(), Source));
            Assert.Equal(
                new[] { "LastViewerIp", "LastViewerIpAddress", "FollowerPostalCode", "Sessions[].Ip" },
                (await RunAsync(new CreatorFacingAudienceLocationAnalyzer(), Source)).Select(d => d.GetMessage().Split('\'')[3]));
        }

        // ---- Robustness ----

        [Fact]
        public async Task Members_of_error_types_are_ignored()
        {
            await Verify.VerifyAnalyzerAsync(@"
public class CreatorStats
{
    public {|CS0246:MissingType|} LastViewerIp { get; set; }
    public System.Collections.Generic.List<{|CS0246:AlsoMissing|}> RecentViews { get; set; } = new();
    public System.Collections.Generic.List<{|CS0246:Missing|}> FollowerPostalCodes { get; set; } = new();
}");
        }

        private static async Task<ImmutableArray<Diagnostic>> RunAsync(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer, string source)
        {
            using var workspace = new AdhocWorkspace();
            var solution = TestSolution.Create(workspace, ImmutableArray.Create(ImmutableArray.Create(Usings + source, Markers)), null);
            return await AnalyzerRunner.GetDiagnosticsAsync(solution, analyzer);
        }
    }
}
