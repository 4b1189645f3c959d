// The image checker against valid images and one corruption of each checked field.

#include "core/ota/image_checker.hpp"

#include "catch2_compat.hpp"
#include "fakes/esp_test_image.hpp"

using namespace printcam;
using fakes::make_test_image;
using fakes::TestImageLayout;
using fakes::TestImageSpec;
using ota::ImageError;

namespace {

constexpr std::size_t kSlot = 64 * 1024;

ota::ImageExpectations camera() {
  ota::ImageExpectations e;
  e.chip_id = ota::kChipIdEsp32;
  e.board = "ai-thinker-esp32-cam";
  e.max_size = kSlot;
  return e;
}

ImageError check(const std::vector<std::uint8_t>& img, std::string* reason = nullptr) {
  return ota::check_image(img.data(), img.size(), camera(), nullptr, reason);
}

}  // namespace

TEST_CASE("A valid printcam image passes and reports its version, board and size") {
  const auto img = make_test_image(
      TestImageSpec{"2.3.4-beta.1", "ai-thinker-esp32-cam", "printcam", ota::kChipIdEsp32, 5000});
  ota::ImageInfo info;
  REQUIRE(ota::check_image(img.data(), img.size(), camera(), &info) == ImageError::kOk);
  CHECK(info.version == "2.3.4-beta.1");
  CHECK(info.project_name == "printcam");
  CHECK(info.board == "ai-thinker-esp32-cam");
  CHECK(info.segment_count == 3);
  CHECK(info.image_size == img.size());
  CHECK(img.size() % 16 == 0);
}

TEST_CASE("Fed one byte at a time, the checker reaches the same verdict as on the whole file") {
  const auto img = make_test_image(TestImageSpec{});
  auto e = camera();
  e.file_size = img.size();
  ota::ImageChecker checker(e);
  for (std::uint8_t b : img) REQUIRE(checker.feed(&b, 1));
  CHECK(checker.finish());
  CHECK(checker.info().version == "1.0.0");
}

TEST_CASE("The checker refuses each corrupted field with its own code and a reason") {
  auto img = make_test_image(TestImageSpec{});
  std::string reason;
  ImageError expected = ImageError::kOk;
  SECTION("magic") {
    img[0] = 0xE8;
    expected = ImageError::kBadMagic;
  }
  SECTION("segment count zero") {
    img[TestImageLayout::kSegmentCount] = 0;
    expected = ImageError::kBadSegmentCount;
  }
  SECTION("segment count above 16") {
    img[TestImageLayout::kSegmentCount] = 17;
    expected = ImageError::kBadSegmentCount;
  }
  SECTION("chip id") {
    img[TestImageLayout::kChipId] = ota::kChipIdEsp32s3;
    expected = ImageError::kWrongChip;
  }
  SECTION("hash not appended") {
    img[TestImageLayout::kHashAppended] = 0;
    expected = ImageError::kNoHash;
  }
  SECTION("a segment length that is not a multiple of 4") {
    img[TestImageLayout::kFirstSegmentLength] ^= 1;
    expected = ImageError::kBadSegment;
  }
  SECTION("a segment longer than the file") {
    img[TestImageLayout::kFirstSegmentLength + 2] = 0x10;
    expected = ImageError::kSegmentPastEnd;
  }
  SECTION("app description magic") {
    img[TestImageLayout::kAppDescMagic] ^= 0xFF;
    fakes::reseal_test_image(img);
    expected = ImageError::kNoAppDescription;
  }
  SECTION("project name") {
    img[TestImageLayout::kProject] = 'q';
    fakes::reseal_test_image(img);
    expected = ImageError::kWrongProject;
  }
  SECTION("empty version") {
    img[TestImageLayout::kVersion] = 0;
    fakes::reseal_test_image(img);
    expected = ImageError::kBadVersion;
  }
  SECTION("board descriptor magic") {
    img[TestImageLayout::kBoardMagic] = 'X';
    fakes::reseal_test_image(img);
    expected = ImageError::kNoBoard;
  }
  SECTION("board id") {
    img = make_test_image(TestImageSpec{"1.0.0", "freenove-esp32-wrover-dev"});
    expected = ImageError::kWrongBoard;
  }
  SECTION("a flipped byte in segment data breaks the checksum") {
    img[1000] ^= 0x01;
    expected = ImageError::kChecksum;
  }
  SECTION("two flips that cancel in the checksum still break the SHA-256") {
    img[1000] ^= 0x01;
    img[2000] ^= 0x01;
    expected = ImageError::kHashMismatch;
  }
  SECTION("a corrupt appended hash") {
    img.back() ^= 0x80;
    expected = ImageError::kHashMismatch;
  }
  SECTION("truncated in a segment") {
    img.resize(img.size() / 2);
    expected = ImageError::kSegmentPastEnd;
  }
  SECTION("truncated in the hash") {
    img.resize(img.size() - 5);
    expected = ImageError::kTruncated;
  }
  SECTION("bytes after the hash") {
    img.push_back(0);
    expected = ImageError::kTrailingData;
  }
  SECTION("bigger than the slot") {
    img = make_test_image(TestImageSpec{"1.0.0", "ai-thinker-esp32-cam", "printcam", 0, kSlot + 16});
    expected = ImageError::kTooLarge;
  }
  CHECK(check(img, &reason) == expected);
  CHECK_FALSE(reason.empty());
  CHECK(ota::image_error_code(expected) != "ok");
}

TEST_CASE("A wrong file is refused within its first few hundred bytes") {
  auto foreign = make_test_image(TestImageSpec{"1.0.0", "ai-thinker-esp32-cam", "esp32-cam-other"});
  ota::ImageChecker checker(camera());
  CHECK_FALSE(checker.feed(foreign.data(), ota::kIdentityBytes));
  CHECK(checker.error() == ImageError::kWrongProject);

  ota::ImageChecker header_only(camera());
  const std::uint8_t zip[4] = {'P', 'K', 3, 4};
  std::vector<std::uint8_t> not_an_image(ota::kImageHeaderSize, 0);
  std::copy(zip, zip + 4, not_an_image.begin());
  CHECK_FALSE(header_only.feed(not_an_image.data(), not_an_image.size()));
  CHECK(header_only.error() == ImageError::kBadMagic);
  CHECK(header_only.reason().find("0x50") != std::string::npos);
}

TEST_CASE("The checker passes a good image's identity before the rest has arrived") {
  const auto img = make_test_image(TestImageSpec{});
  ota::ImageChecker checker(camera());
  REQUIRE(checker.feed(img.data(), ota::kIdentityBytes - 1));
  CHECK_FALSE(checker.identity_checked());
  REQUIRE(checker.feed(img.data() + ota::kIdentityBytes - 1, 1));
  CHECK(checker.identity_checked());
  CHECK_FALSE(checker.finish());
  CHECK(checker.error() == ImageError::kTruncated);
}
