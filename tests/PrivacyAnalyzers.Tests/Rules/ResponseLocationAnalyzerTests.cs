using System.Threading.Tasks;
using Xunit;
using Verify = PrivacyAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<PrivacyAnalyzers.Rules.ResponseLocationAnalyzer>;

namespace PrivacyAnalyzers.Tests.Rules
{
    public class ResponseLocationAnalyzerTests
    {
        private const string Usings = "using System; using System.Collections.Generic; using System.Net;\n";

        private static Task VerifyAsync(string source) => Verify.VerifyAnalyzerAsync(Usings + source);

        [Theory]
        [InlineData("string", "Address")]
        [InlineData("string", "StreetAddress")]
        [InlineData("string", "PostalCode")]
        [InlineData("double", "Latitude")]
        [InlineData("IPAddress", "LastSeenFrom")]
        [InlineData("string", "LastLoginIp")]
        public async Task A_precise_location_in_a_response_type_that_describes_a_person_is_reported(string type, string name)
        {
            await VerifyAsync($@"
namespace Social.Api.Dtos
{{
    public sealed class UserResponseDto
    {{
        public string UserName {{ get; set; }} = """";
        public string City {{ get; set; }} = """";
        public {type} [|{name}|] {{ get; set; }} = default!;
    }}
}}");
        }

        [Fact]
        public async Task A_member_marked_as_a_precise_location_is_reported()
        {
            await VerifyAsync(@"
namespace Team.Privacy { public sealed class PreciseLocationAttribute : Attribute { } }

namespace Social.Api.Dtos
{
    public sealed class MemberDto
    {
        public string DisplayName { get; set; } = """";
        [Team.Privacy.PreciseLocation] public string [|Whereabouts|] { get; set; } = """";
    }
}");
        }

        [Fact]
        public async Task Rows_of_people_with_their_coordinates_in_a_response_are_reported()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class NearbyResponse
    {
        public int Radius { get; set; }
        public List<Social.Domain.NearbyPerson> [|People|] { get; set; } = new();
    }
}

namespace Social.Domain
{
    public sealed class NearbyPerson { public string Handle { get; set; } = """"; public double Latitude { get; set; } public double Longitude { get; set; } }
}");
        }

        [Fact]
        public async Task Rows_that_are_response_types_report_their_own_members_once()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class FollowerDto { public string UserName { get; set; } = """"; public string [|Address|] { get; set; } = """"; }

    public sealed class FollowerPageDto { public List<FollowerDto> Users { get; set; } = new(); }
}");
        }

        [Fact]
        public async Task Content_and_places_without_a_person_are_not_reported()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class PostDto { public string Text { get; set; } = """"; public string UserName { get; set; } = """"; public double Latitude { get; set; } }

    public sealed class VenueDto { public string Name { get; set; } = """"; public double Latitude { get; set; } public string Address { get; set; } = """"; }

    public sealed class PostPageDto { public List<PostDto> Posts { get; set; } = new(); }
}");
        }

        [Fact]
        public async Task Coarse_places_and_addresses_that_are_no_place_are_not_reported()
        {
            await VerifyAsync(@"
namespace Social.Api.Dtos
{
    public sealed class ProfileDto
    {
        public string Email { get; set; } = """";
        public string EmailAddress { get; set; } = """";
        public string WalletAddress { get; set; } = """";
        public string Country { get; set; } = """";
        public string City { get; set; } = """";
        public Dictionary<string, int> ViewsByPostalCode { get; set; } = new();
    }
}");
        }

        [Fact]
        public async Task Types_outside_responses_and_creator_facing_types_are_not_judged_here()
        {
            await VerifyAsync(@"
namespace Social.Domain
{
    public sealed class AppUser { public string UserName { get; set; } = """"; public string Address { get; set; } = """"; }
}

namespace Social.Api.Dtos
{
    public sealed class CreatorFanDto { public string UserName { get; set; } = """"; public string Address { get; set; } = """"; }
}");
        }

        [Fact]
        public async Task Razor_page_models_are_not_judged_for_locations()
        {
            // The page shows what its markup reads; the signed-in accounts it holds carry more than the page shows.
            await VerifyAsync(@"
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Social.Pages
{
    public sealed class SessionUser { public string UserName { get; set; } = """"; public string LastIp { get; set; } = """"; }

    public sealed class AuthorizeModel : PageModel
    {
        public List<SessionUser> AuthenticatedUsers { get; set; } = new();
    }
}");
        }
    }
}
