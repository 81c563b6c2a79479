//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapParams {
    pub map2: ::std::option::Option<::std::string::String>,
    pub map3: ::std::option::Option<::std::string::String>,
    pub map4: ::std::option::Option<::std::string::String>,
}
impl MapParams {
    /// Sets `map2`.
    #[must_use]
    pub fn map2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `map3`.
    #[must_use]
    pub fn map3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `map4`.
    #[must_use]
    pub fn map4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapOkHeaders {
    pub map: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::map`].
#[derive(Debug, Clone, PartialEq)]
pub enum MapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MapOkHeaders },
}
/// Documented error responses of [`super::Client::map`].
#[derive(Debug, Clone, PartialEq)]
pub enum MapError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::map_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MapPostError {}
impl super::Client {
    /// */ operation Map "#
    ///
    /// `GET /op137/{Map}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn map(
        &self,
        map: &str,
        params: &MapParams,
    ) -> ::std::result::Result<MapResponse, super::Error<MapError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op137/");
        url.push_str(
            &super::runtime::path_param(
                "Map",
                &super::runtime::to_value("Map", &map)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.map2 {
            let v = super::runtime::to_value("Map", v)?;
            super::runtime::push_param(&mut query, "Map", &v, "form", true);
        }
        if let Some(v) = &params.map3 {
            let v = super::runtime::to_value("Map", v)?;
            headers.push(("Map", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.map4 {
            let v = super::runtime::to_value("Map", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Map", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[137usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("map", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Map", method = "GET", path =
            "/op137/{Map}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("map", status, &response_headers);
        match status {
            200 => {
                let headers = MapOkHeaders {
                    map: super::runtime::optional_header(
                        &response_headers,
                        "Map",
                        status,
                    )?,
                };
                Ok(MapResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MapError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MapError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MapError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op137/{Map}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn map_post(
        &self,
        map: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<MapPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op137/");
        url.push_str(
            &super::runtime::path_param(
                "Map",
                &super::runtime::to_value("Map", &map)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("map_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Map_post", method = "POST", path =
            "/op137/{Map}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("map_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MapPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
