#include "core/storage/photo_archive.hpp"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "catch2_compat.hpp"
#include "core/log/log_buffer.hpp"
#include "fakes/fake_clock.hpp"
#include "fakes/fake_storage.hpp"

namespace {

using printcam::fakes::FakeClock;
using printcam::fakes::MemoryCard;
using printcam::fakes::NoCardStorage;
using printcam::log::Level;
using printcam::log::LogBuffer;
using printcam::media::Photo;
using printcam::ports::StorageError;
using printcam::storage::kHeadroomBytes;
using printcam::storage::PhotoArchive;

constexpr std::int64_t kNoon = 1795348985;  // 2026-11-22 12:03:05 UTC.

std::shared_ptr<const Photo> photo(std::int64_t unix_time, std::uint8_t fill = 0x42,
                                   std::size_t size = 1000) {
  auto p = std::make_shared<Photo>();
  p->jpeg.assign(size, fill);
  p->jpeg.front() = 0xFF;
  p->unix_time = unix_time;
  return p;
}

struct Rig {
  explicit Rig(printcam::ports::Storage& card)
      : archive(
            card, clock, logs, [this] { return on.load(); }, 0xabcd) {}
  ~Rig() { archive.stop(); }

  /// Offers `p` and waits until the archive has finished with it.
  void save(std::shared_ptr<const Photo> p) {
    archive.offer(std::move(p));
    archive.wait_idle();
  }
  std::vector<std::string> lines(Level at_most) const {
    std::vector<std::string> out;
    for (const auto& l : logs.since(0, 100)) {
      if (l.level <= at_most) out.push_back(l.msg);
    }
    return out;
  }

  FakeClock clock;
  LogBuffer logs{clock, 8192};
  std::atomic<bool> on{true};
  PhotoArchive archive;
};

}  // namespace

TEST_CASE("with the setting on, each offered photo is written to the card under its UTC time") {
  MemoryCard card;
  Rig rig(card);
  rig.archive.start();
  rig.save(photo(kNoon, 0x11));
  rig.save(photo(kNoon + 3600, 0x22));

  const auto files = card.files();
  REQUIRE(files.size() == 2);
  CHECK(files.at("photos/2026-11-22/12-03-05.jpg") == photo(kNoon, 0x11)->jpeg);
  CHECK(files.at("photos/2026-11-22/13-03-05.jpg") == photo(kNoon, 0x22)->jpeg);
  const auto s = rig.archive.status();
  CHECK(s.saved == 2);
  CHECK(s.failed == 0);
  CHECK(s.last_file == "photos/2026-11-22/13-03-05.jpg");
  CHECK(s.free_bytes == (1ull << 30) - 2000);
  CHECK(rig.lines(Level::kInfo) ==
        std::vector<std::string>{"sd card: saving photos, the first as photos/2026-11-22/12-03-05.jpg"});
}

TEST_CASE("with the setting off, nothing is written and no thread is needed") {
  MemoryCard card;
  Rig rig(card);
  rig.on = false;
  rig.save(photo(kNoon));
  CHECK(card.write_calls() == 0);
  CHECK(rig.archive.status().saved == 0);
  CHECK_FALSE(rig.archive.status().enabled);
}

TEST_CASE("two photos in the same second get distinct names") {
  MemoryCard card;
  Rig rig(card);
  rig.save(photo(kNoon, 1));
  rig.save(photo(kNoon, 2));
  rig.save(photo(kNoon, 3));
  const auto files = card.files();
  CHECK(files.count("photos/2026-11-22/12-03-05.jpg") == 1);
  CHECK(files.count("photos/2026-11-22/12-03-05-2.jpg") == 1);
  CHECK(files.count("photos/2026-11-22/12-03-05-3.jpg") == 1);
}

TEST_CASE("photos taken before the clock was set are named by boot and uptime, never twice the same") {
  MemoryCard card;
  Rig rig(card);
  rig.save(photo(0, 1));
  rig.save(photo(0, 2));  // Same millisecond: numbered.
  rig.clock.advance_ms(10000);
  rig.save(photo(0, 3));
  const auto files = card.files();
  REQUIRE(files.size() == 3);
  CHECK(files.count("photos/unsynced/boot-0000abcd-1000.jpg") == 1);
  CHECK(files.count("photos/unsynced/boot-0000abcd-1000-2.jpg") == 1);
  CHECK(files.count("photos/unsynced/boot-0000abcd-11000.jpg") == 1);

  // The next boot has another id, so its photos cannot replace these.
  FakeClock clock;
  LogBuffer logs{clock, 4096};
  PhotoArchive next_boot(
      card, clock, logs, [] { return true; }, 0x1234);
  next_boot.offer(photo(0, 4));
  next_boot.wait_idle();
  CHECK(card.files().count("photos/unsynced/boot-00001234-1000.jpg") == 1);
  CHECK(card.files().size() == 4);
}

TEST_CASE("a full card stops the writes, deletes nothing, reports it and logs it once") {
  MemoryCard card;
  Rig rig(card);
  rig.save(photo(kNoon));
  card.set_free(kHeadroomBytes + 500);  // Less than a 1000-byte photo plus the headroom.
  const int writes_before = card.write_calls();
  rig.save(photo(kNoon + 10));
  rig.save(photo(kNoon + 20));

  CHECK(card.write_calls() == writes_before);
  CHECK(card.files().size() == 1);
  auto s = rig.archive.status();
  CHECK(s.saved == 1);
  CHECK(s.failed == 2);
  CHECK(s.last_error == StorageError::kFull);
  CHECK(s.free_bytes == kHeadroomBytes + 500);
  const auto warnings = rig.lines(Level::kWarn);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("full") != std::string::npos);

  card.set_free(1 << 20);  // Space freed on a computer, or a new card.
  rig.save(photo(kNoon + 30));
  s = rig.archive.status();
  CHECK(s.saved == 2);
  CHECK(s.last_error == StorageError::kNone);
  CHECK(rig.lines(Level::kInfo).back() == "sd card: saving photos again, as photos/2026-11-22/12-03-35.jpg");
}

TEST_CASE("a card that fills up during the write is reported full too") {
  MemoryCard card;
  Rig rig(card);
  card.fail_writes(StorageError::kFull);
  rig.save(photo(kNoon));
  CHECK(rig.archive.status().last_error == StorageError::kFull);
  CHECK(rig.archive.status().failed == 1);
}

TEST_CASE("a card pulled mid-run is reported absent, and saving resumes when it is back") {
  MemoryCard card;
  Rig rig(card);
  rig.archive.start();
  rig.save(photo(kNoon));
  card.set_present(false);
  rig.save(photo(kNoon + 10));
  rig.save(photo(kNoon + 20));

  auto s = rig.archive.status();
  CHECK_FALSE(s.present);
  CHECK_FALSE(s.free_bytes.has_value());
  CHECK(s.failed == 2);
  CHECK(s.last_error == StorageError::kAbsent);
  CHECK(rig.archive.status_json().find("\"present\":false,\"free_bytes\":null") != std::string::npos);
  CHECK(rig.lines(Level::kWarn).size() == 1);

  card.set_present(true);
  rig.save(photo(kNoon + 30));
  s = rig.archive.status();
  CHECK(s.present);
  CHECK(s.saved == 2);
  CHECK(s.last_error == StorageError::kNone);
  CHECK(card.files().count("photos/2026-11-22/12-03-35.jpg") == 1);
}

TEST_CASE("a card put back is looked for before the next photo, as the ESP32 cannot see it return") {
  MemoryCard card;
  card.set_needs_remount(true);
  Rig rig(card);
  rig.archive.start();
  rig.save(photo(kNoon));
  rig.save(photo(kNoon + 10));
  CHECK(card.rechecks() == 0);  // a working card is left alone
  card.set_present(false);
  rig.save(photo(kNoon + 20));
  CHECK(rig.archive.status().last_error == StorageError::kAbsent);
  card.set_present(true);
  CHECK_FALSE(card.present());  // in the slot, not mounted
  rig.save(photo(kNoon + 30));
  const auto s = rig.archive.status();
  CHECK(s.present);
  CHECK(s.saved == 3);
  CHECK(card.rechecks() == 2);  // once while it was out, once to find it back
  CHECK(card.files().count("photos/2026-11-22/12-03-35.jpg") == 1);
}

TEST_CASE("a camera with no card and the setting on counts each photo as failed and carries on") {
  NoCardStorage card;
  Rig rig(card);
  rig.archive.start();
  rig.save(photo(kNoon));
  rig.save(photo(kNoon + 10));
  const auto s = rig.archive.status();
  CHECK(s.failed == 2);
  CHECK(s.last_error == StorageError::kAbsent);
  CHECK(rig.lines(Level::kWarn).size() == 1);
  CHECK(rig.archive.status_json() ==
        R"({"present":false,"free_bytes":null,"enabled":true,"saved":0,"failed":2,"skipped":0,)"
        R"("last_error":"absent","last_file":null})");
}

TEST_CASE("a write error is logged once with its code, and again only when the error changes") {
  MemoryCard card;
  Rig rig(card);
  card.fail_writes(StorageError::kIo);
  rig.save(photo(kNoon));
  rig.save(photo(kNoon + 10));
  card.fail_writes(StorageError::kFull);
  rig.save(photo(kNoon + 20));
  const auto warnings = rig.lines(Level::kWarn);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0] == "sd card: photo photos/2026-11-22/12-03-05.jpg not saved (io, code 5)");
  CHECK(warnings[1].find("full") != std::string::npos);
  CHECK(rig.archive.status().failed == 3);
}

namespace {

/// A card whose writes wait until the test lets them through, to hold the archive mid-write.
class GatedCard final : public printcam::ports::Storage {
 public:
  bool present() const override { return true; }
  printcam::ports::StorageResult write(std::string_view path, const std::uint8_t* data,
                                       std::size_t size) override {
    std::unique_lock<std::mutex> lock(mu_);
    ++entered_;
    cv_.notify_all();
    cv_.wait(lock, [this] { return open_; });
    lock.unlock();
    return inner_.write(path, data, size);
  }
  printcam::ports::StorageResult read(std::string_view path, std::vector<std::uint8_t>& out) override {
    return inner_.read(path, out);
  }
  void recheck() override {}
  std::optional<std::uint64_t> free_bytes() const override { return inner_.free_bytes(); }

  void wait_entered(int n) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return entered_ >= n; });
  }
  void open() {
    std::lock_guard<std::mutex> lock(mu_);
    open_ = true;
    cv_.notify_all();
  }
  MemoryCard inner_;

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int entered_ = 0;
  bool open_ = false;
};

}  // namespace

TEST_CASE("offer returns while the card is busy, and only the newest waiting photo is kept") {
  GatedCard card;
  Rig rig(card);
  rig.archive.offer(photo(kNoon, 1));
  card.wait_entered(1);  // The first photo is being written, and the card holds it there.
  rig.archive.offer(photo(kNoon + 10, 2));
  rig.archive.offer(photo(kNoon + 20, 3));  // Replaces the one still waiting.
  card.open();
  rig.archive.wait_idle();

  const auto files = card.inner_.files();
  CHECK(files.size() == 2);
  CHECK(files.count("photos/2026-11-22/12-03-05.jpg") == 1);
  CHECK(files.count("photos/2026-11-22/12-03-25.jpg") == 1);
  CHECK(rig.archive.status().skipped == 1);
  CHECK(rig.archive.status().saved == 2);
}
