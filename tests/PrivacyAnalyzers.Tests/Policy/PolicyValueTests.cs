using PrivacyAnalyzers.Policy;
using Xunit;

namespace PrivacyAnalyzers.Tests.Policy
{
    /// <summary>
    /// How each kind of policy key reads a configured value and what PRIV000 says of a malformed one: a list extends its
    /// defaults, a number must be whole and in range, a flag is true or false. A malformed value leaves the default.
    /// </summary>
    public class PolicyValueTests
    {
        private static readonly NumberKey MinimumGroup = new("minimum_group", defaultValue: 10, minimum: 2);

        private static readonly NumberKey Percentage = new("percentage", defaultValue: 50, minimum: 0, maximum: 100);

        private static readonly FlagKey Strict = new("strict", defaultValue: false);

        private static readonly ListKey Words = new("words", ListKind.Words, "Viewer", "Member");

        [Fact]
        public void A_list_extends_its_defaults_and_a_dash_removes_one()
        {
            Assert.Equal(new[] { "Viewer", "Patron" }, Words.Resolve("Patron, -member"));
        }

        [Fact]
        public void A_malformed_list_entry_is_skipped_and_the_others_still_apply()
        {
            Assert.Equal(new[] { "Viewer", "Member", "Patron" }, Words.Resolve("Pat ron, Patron"));
            Assert.Equal(new[] { "'Pat ron' is not a word (letters and digits, such as Patron)" }, Words.Problems("Pat ron, Patron"));
        }

        [Fact]
        public void A_number_is_read_when_it_is_whole_and_in_range()
        {
            Assert.Equal(25, MinimumGroup.Read(" 25 "));
            Assert.Empty(MinimumGroup.Problems(" 25 "));
        }

        [Fact]
        public void A_missing_number_is_the_default()
        {
            Assert.Equal(10, MinimumGroup.Read(null));
        }

        [Theory]
        [InlineData("ten", "'ten' is not a whole number")]
        [InlineData("2.5", "'2.5' is not a whole number")]
        [InlineData("1", "1 is less than 2")]
        [InlineData("-3", "-3 is less than 2")]
        [InlineData(" ", "it is empty")]
        public void A_malformed_number_is_reported_and_the_default_applies(string value, string problem)
        {
            Assert.Equal(new[] { problem }, MinimumGroup.Problems(value));
            Assert.Equal(10, MinimumGroup.Read(value));
        }

        [Fact]
        public void A_number_above_its_maximum_is_reported_with_its_range()
        {
            Assert.Equal(new[] { "120 is not between 0 and 100" }, Percentage.Problems("120"));
            Assert.Equal(50, Percentage.Read("120"));
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("False", false)]
        [InlineData(" TRUE ", true)]
        public void A_flag_is_true_or_false_in_any_case(string value, bool expected)
        {
            Assert.Equal(expected, Strict.Read(value));
            Assert.Empty(Strict.Problems(value));
        }

        [Theory]
        [InlineData("yes", "'yes' is not true or false")]
        [InlineData("1", "'1' is not true or false")]
        [InlineData("", "it is empty")]
        public void A_malformed_flag_is_reported_and_the_default_applies(string value, string problem)
        {
            Assert.Equal(new[] { problem }, Strict.Problems(value));
            Assert.False(Strict.Read(value));
        }

        [Fact]
        public void Each_kind_of_key_says_what_it_takes()
        {
            Assert.Equal("list of words", Words.ValueDescription);
            Assert.Equal("whole number, 2 or more", MinimumGroup.ValueDescription);
            Assert.Equal("whole number from 0 to 100", Percentage.ValueDescription);
            Assert.Equal("true or false", Strict.ValueDescription);
        }

        [Theory]
        [InlineData("*Creator*Dto", "ContentCreatorStatsDto", true)]
        [InlineData("*Creator*Dto", "CreatorDtoMapper", false)]
        [InlineData("Creator?Vm", "CreatorsVm", true)]
        [InlineData("Studio", "Studios", false)]
        [InlineData("*", "", true)]
        public void Globs_match_with_star_and_question_mark(string pattern, string text, bool matches)
        {
            Assert.Equal(matches, new Glob(pattern).IsMatch(text));
        }
    }
}
