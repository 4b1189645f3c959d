#include "core/app/device_app.hpp"

#include <utility>

#include "core/api/system_routes.hpp"
#include "core/app/camera_settings.hpp"
#include "core/app/settings_config.hpp"
#include "core/app/upload_binding.hpp"
#include "core/auth/login_routes.hpp"
#include "core/connect/connect_routes.hpp"
#include "core/connect/fingerprint.hpp"
#include "core/connect/upload_status.hpp"
#include "core/json/json_escape.hpp"
#include "core/media/media_routes.hpp"
#include "core/peers/peer_service.hpp"
#include "core/settings/settings_routes.hpp"
#include "core/web/static_asset.hpp"
#include "generated/ui_asset.hpp"

namespace printcam::app {
namespace {

constexpr web::StaticAsset kUi{generated::kUiIndexBytes, generated::kUiIndexSize,
                               generated::kUiIndexContentType, generated::kUiIndexEtag,
                               generated::kUiIndexGzip};

std::string board_fingerprint(const ports::System& system) {
  connect::MacAddress mac{};
  system.mac(mac.data());
  // On the ESP32 the "unique id" the Prusa firmware used is the eFuse base MAC, which is also
  // the station MAC: both halves come from the same six bytes.
  return connect::derive_fingerprint(mac, mac);
}

std::uint32_t random_u32(ports::System& system) {
  std::uint32_t r = 0;
  system.fill_random(reinterpret_cast<std::uint8_t*>(&r), sizeof r);
  return r;
}

}  // namespace

DeviceApp::DeviceApp(const DevicePorts& ports, DeviceConfig config, const NetworkPorts& network)
    : ports_(ports),
      logs_(ports.clock, kLogCapacityBytes),
      settings_(ports.kv,
                [&system = ports.system](std::uint8_t* out, std::size_t n) { system.fill_random(out, n); }),
      sessions_(ports.clock, ports.system),
      limiter_(ports.clock),
      access_(auth_from_settings(std::move(config.auth), settings_), sessions_, limiter_),
      status_(ports.clock, ports.system, ports.network,
              identity_from_settings(std::move(config.identity), settings_, ports.system),
              time_zone_from_settings(settings_)),
      station_(ports.network, logs_,
               [this] { return station_addressing_from(settings_, status_.identity().hostname()); }),
      host_check_(
          http::HostCheck::Config{status_.identity().hostname, std::move(config.captive_portal_active)}),
      cors_(config.allowed_origins ? std::move(config.allowed_origins) : origins_from_settings(settings_)),
      router_(access_, http::RouterGuards{&host_check_, &cors_}),
      events_(ports.clock, logs_, [this] { return status_.status_json(); }),
      media_(ports.camera, ports.led, ports.clock),
      photo_archive_(
          ports.storage, ports.clock, logs_, [this] { return settings_.get_bool("storage.save_photos"); },
          random_u32(ports.system)),
      uploader_(ports.http, ports.clock,
                uploader_inputs(settings_, media_, ports.network, ports.system, std::move(config.ota_active)),
                board_fingerprint(ports.system), [&system = ports.system] { return random_u32(system); }),
      upload_worker_(uploader_, ports.http, ports.clock, upload_waiter_),
      upload_log_(logs_),
      peers_(network.discovery, ports.clock) {
  const settings::LoadReport loaded = settings_.load();
  logs_.log(log::Level::kInfo, "settings: %s (schema v%u)", loaded.from_storage ? "loaded" : "defaults",
            static_cast<unsigned>(settings_.schema().version));

  router_.add("GET", "/", http::Access::kPublic, [](ports::HttpRequest& req, ports::HttpResponse& res) {
    web::serve_static_asset(kUi, req, res);
  });
  auth::add_login_routes(router_, access_, sessions_, limiter_);
  api::add_system_routes(router_, status_, ports.system, ports.network, logs_);
  router_.add("GET", "/api/events", http::Access::kAdmin,
              [this](ports::HttpRequest& req, ports::HttpResponse& res) { events_.serve(req, res); });
  settings::register_settings_routes(router_, settings_, [this] { ports_.system.request_reboot(); });
  media::register_media_routes(router_, media_);
  connect::register_connect_routes(router_, upload_worker_);

  camera_started_ = media_.start_camera(camera_config_from(settings_));
  apply_settings({});
  // Before the setup AP's rules first run, so they see a configured network being joined.
  follow_saved_network();
  settings_.set_constraint_hook(
      [this](std::string_view key, const settings::SettingValue& value) -> std::optional<std::string> {
        if (key != "camera.frame_size") return std::nullopt;
        const std::string& name = std::get<std::string>(value);
        for (const std::string& supported : media_.camera().sensor().frame_sizes) {
          if (supported == name) return std::nullopt;
        }
        return "This camera's sensor cannot produce " + name + ".";
      });
  settings_.add_listener([this](const std::vector<std::string>& changed) { apply_settings(changed); });

  status_.status_sections().add("upload", [this](std::string& out) {
    out += connect::upload_status_json(uploader_.status(), ports_.clock.monotonic_ms());
  });
  status_.status_sections().add("stream", [this](std::string& out) { out += media_.status_json(); });
  if (const generated::BoardInfo* board = config.board) {
    status_.info_sections().add("board", [board](std::string& out) {
      out += "{\"id\":";
      json::append_string(out, board->id);
      out += ",\"name\":";
      json::append_string(out, board->name);
      out += '}';
    });
  }
  status_.info_sections().add("sensor", [this](std::string& out) {
    const ports::SensorInfo sensor = media_.camera().sensor();
    out += "{\"model\":";
    json::append_string(out, sensor.model);
    out += ",\"frame_sizes\":[";
    for (std::size_t i = 0; i < sensor.frame_sizes.size(); ++i) {
      if (i > 0) out += ',';
      json::append_string(out, sensor.frame_sizes[i]);
    }
    out += "]}";
  });
  for (const char* capability :
       {"logs", "events", "wifi_scan", "settings", "stream", "snapshot", "connect"}) {
    status_.add_capability(capability);
  }
  // The SD card: with storage.save_photos on, each photo saved for Prusa Connect is kept on it too.
  if (ports.storage.present()) status_.add_capability("sd_card");
  status_.status_sections().add("storage", [this](std::string& out) { out += photo_archive_.status_json(); });
  media_.photos().on_saved(
      [this](std::shared_ptr<const media::Photo> photo) { photo_archive_.offer(std::move(photo)); });
  photo_archive_.start();
  if (network.setup) {
    setup_network_ = std::make_unique<network::SetupNetwork>(
        *network.setup, ports.clock, [this] { return settings_.get_bool("network.setup_ap"); },
        [this] { return status_.identity().hostname(); });
    setup_network_->start(router_);
    if (network.setup_button) {
      setup_button_ = std::make_unique<SetupButton>(*network.setup_button, ports.clock, [this] {
        logs_.log(log::Level::kInfo, "setup AP forced on by the button");
        setup_network_->ap().force_on();
      });
      setup_button_->start();
    }
  }
  console_backend_ = std::make_unique<DeviceConsoleBackend>(ConsoleServices{
      settings_, ports.network, station_, ports.system, status_, logs_, setup_network_.get(), network.setup});
  peers::register_peer_routes(router_, peers_);
  upload_worker_.on_step([this] { upload_log_.note(uploader_.status()); });
  upload_worker_.start();

  const ports::FirmwareVersion fw = ports.system.firmware();
  logs_.log(log::Level::kInfo, "printcam %s (%s) started; reset reason: %s", fw.version.c_str(),
            fw.build.c_str(), ports.system.reset_reason().c_str());
}

void DeviceApp::shutdown() {
  if (setup_button_) setup_button_->stop();
  upload_worker_.stop();
  photo_archive_.stop();
  events_.close_all();
}

/// Applies changed settings to the services that hold their own copy; empty `changed` applies
/// all of them (at boot).
void DeviceApp::apply_settings(const std::vector<std::string>& changed) {
  const auto touched = [&changed](std::string_view prefix) {
    if (changed.empty()) return true;
    for (const std::string& k : changed) {
      if (k.compare(0, prefix.size(), prefix) == 0) return true;
    }
    return false;
  };
  if (!changed.empty() && touched("camera.frame_size"))
    media_.set_frame_size(settings_.get_string("camera.frame_size"));
  if (!changed.empty() && touched("camera.jpeg_quality")) {
    media_.set_sensor("quality", driver_jpeg_quality(settings_.get_int("camera.jpeg_quality")));
  }
  std::size_t count = 0;
  const std::string_view* keys = sensor_setting_keys(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (!touched(keys[i])) continue;
    if (const auto write = sensor_write_for(keys[i], settings_)) media_.set_sensor(write->name, write->value);
  }
  if (touched("system.log_level"))
    logs_.set_threshold(log::level_from_name(settings_.get_string("system.log_level")));
  if (touched("camera.rotation")) media_.set_rotation(settings_.get_int("camera.rotation"));
  if (touched("light.")) media_.light().configure(light_settings_from(settings_));
  if (touched("stream.max_clients")) {
    media_.streams().set_max(static_cast<std::size_t>(settings_.get_int("stream.max_clients")));
  }
  if (!changed.empty() && touched("security.admin_password")) sessions_.revoke_all();
  // Saved Wi-Fi is joined at once, whoever saved it; the console's own join is not repeated.
  if (!changed.empty() && touched("network.wifi_")) follow_saved_network();
  if (!changed.empty()) {
    std::string keys_json = "[";
    for (std::size_t i = 0; i < changed.size(); ++i) {
      if (i > 0) keys_json += ',';
      json::append_string(keys_json, changed[i]);
    }
    events_.publish("settings", keys_json + "]");
  }
}

void DeviceApp::follow_saved_network() {
  station_.follow(settings_.get_string("network.wifi_ssid"), settings_.get_string("network.wifi_password"));
}

bool DeviceApp::start_discovery(std::uint16_t http_port) {
  return peers_.start(status_.identity().hostname(), http_port, settings_.get_string("system.name"),
                      ports_.system.firmware().version);
}

void DeviceApp::handle(ports::HttpRequest& req, ports::HttpResponse& res) const {
  // Before the routes: on the setup AP, a request for any other site is the captive portal's.
  if (setup_network_ && setup_network_->portal().intercepts(req)) {
    setup_network_->portal().redirect(res);
    return;
  }
  router_.handle(req, res);
}

}  // namespace printcam::app
