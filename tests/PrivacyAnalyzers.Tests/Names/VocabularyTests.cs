using PrivacyAnalyzers.Names;
using Xunit;

namespace PrivacyAnalyzers.Tests.Names
{
    /// <summary>The name vocabulary every rule relies on: word splitting, verb inflections, the word-start pre-filter.</summary>
    public class VocabularyTests
    {
        [Theory]
        [InlineData("TopFanUserId", "Top Fan User Id")]
        [InlineData("IPAddress", "IP Address")]
        [InlineData("UserIDs", "User Ids")]
        [InlineData("LastViewerID", "Last Viewer Id")]
        [InlineData("VIDEO", "VIDEO")]
        [InlineData("user_id", "user id")]
        [InlineData("_viewerIds", "viewer Ids")]
        [InlineData("Top3Fans", "Top 3 Fans")]
        [InlineData("ViewerIPs", "Viewer IPs")]
        [InlineData("ProfileURLsByCountry", "Profile URLs By Country")]
        [InlineData("AddressLine1", "Address Line 1")]
        public void Names_split_into_words(string name, string words)
        {
            Assert.Equal(words, string.Join(" ", NameWords.Split(name).Words));
        }

        [Theory]
        [InlineData("Unliked", "Unlike")]
        [InlineData("Unliking", "Unlike")]
        [InlineData("Unlikes", "Unlike")]
        [InlineData("Saving", "Save")]
        [InlineData("Downloaded", "Download")]
        [InlineData("Unstarred", "Unstar")]
        [InlineData("Replied", "Reply")]
        [InlineData("Watches", "Watch")]
        public void Inflections_match_their_verb(string word, string verb)
        {
            Assert.True(EventVerbs.IsInflectionOf(word, verb));
        }

        [Theory]
        [InlineData("Viewport", "View")]
        [InlineData("Watchlist", "Watch")]
        [InlineData("Savings", "Save")]
        [InlineData("Blockchain", "Block")]
        [InlineData("Liked", "Unlike")]
        [InlineData("Downloader", "Download")]
        public void Other_words_do_not_match_a_verb(string word, string verb)
        {
            Assert.False(EventVerbs.IsInflectionOf(word, verb));
        }

        [Theory]
        [InlineData("OnVideoUnliked")]
        [InlineData("LikesRemoved")]
        [InlineData("IPDownloads")]
        [InlineData("video2unliked")]
        [InlineData("after_download")]
        [InlineData("UNLIKE")]
        public void A_name_with_a_word_that_may_be_a_vocabulary_word_is_let_through(string name)
        {
            Assert.True(new WordStarts(new[] { "Unlike", "Download", "Like" }).MayHoldWord(name));
        }

        [Theory]
        [InlineData("GetAsync")]
        [InlineData("Handle")]
        [InlineData("SaveChanges")]
        [InlineData("publishedAt")]
        [InlineData("X")]
        [InlineData("Alike")]
        public void A_name_with_no_word_like_a_vocabulary_word_is_ruled_out(string name)
        {
            Assert.False(new WordStarts(new[] { "Unlike", "Download", "Like" }).MayHoldWord(name));
        }

        [Theory]
        [InlineData("Unliked", true)]
        [InlineData("Likes", true)]
        [InlineData("Handle", false)]
        [InlineData("Li", false)]
        public void A_single_word_is_let_through_only_when_it_may_be_a_vocabulary_word(string word, bool mayBe)
        {
            Assert.Equal(mayBe, new WordStarts(new[] { "Unlike", "Download", "Like" }).MayBeWord(word));
        }

        [Fact]
        public void A_three_letter_vocabulary_word_lets_its_inflections_through()
        {
            Assert.True(new WordStarts(new[] { "Pin" }).MayHoldWord("OnVideoPinned"));
        }

        [Fact]
        public void A_vocabulary_word_shorter_than_three_letters_lets_every_name_through()
        {
            Assert.True(new WordStarts(new[] { "Unlike", "Go" }).MayHoldWord("Handle"));
        }
    }
}
