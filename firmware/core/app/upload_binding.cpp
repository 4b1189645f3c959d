#include "core/app/upload_binding.hpp"

#include <memory>

#include "core/connect/fingerprint.hpp"
#include "core/media/frame_sizes.hpp"

namespace printcam::app {

connect::UploaderInputs uploader_inputs(const settings::SettingsStore& settings, media::Media& media,
                                        const ports::Network& network, const ports::System& system,
                                        std::function<bool()> ota_active) {
  connect::UploaderInputs in;
  in.config = [&settings] {
    return connect::UploaderConfig{settings.get_bool("upload.enabled"), settings.get_int("upload.interval_s"),
                                   settings.get_string("upload.url"), settings.get_string("upload.token")};
  };
  in.capture = [&media]() -> connect::SharedBytes {
    media::FramePtr photo = media.take_photo();
    if (!photo) return {};
    const media::JpegPieces jpeg = media.oriented(*photo);
    return {std::move(photo), jpeg.body.data, jpeg.body.size, jpeg.head.data, jpeg.head.size};
  };
  in.photo_saved = [&media](const connect::SharedBytes& bytes) {
    // capture() above is the only producer, so the bytes are always kept alive by a media::Frame
    // and head + data are its oriented pieces, saved as they were uploaded.
    media.photos().save(*std::static_pointer_cast<const media::Frame>(bytes.keep_alive),
                        {{bytes.head, bytes.head_size}, {bytes.data, bytes.size}});
  };
  in.device_info = [&settings, &network, &system] {
    connect::DeviceInfo info;
    info.name = settings.get_string("system.name");
    info.firmware = system.firmware().version;
    info.manufacturer = "printcam";
    info.model = system.chip_model();
    if (const media::FrameSize* fs = media::find_frame_size(settings.get_string("camera.frame_size"))) {
      info.width = fs->width;
      info.height = fs->height;
    }
    connect::MacAddress mac{};
    system.mac(mac.data());
    info.wifi_mac = connect::format_mac(mac);
    const ports::WifiState wifi = network.state();
    info.wifi_ipv4 = wifi.ip;
    info.wifi_ssid = wifi.ssid;
    return info;
  };
  in.network_up = [&network] { return !network.state().ip.empty(); };
  in.ota_active = ota_active ? std::move(ota_active) : [] { return false; };
  return in;
}

}  // namespace printcam::app
