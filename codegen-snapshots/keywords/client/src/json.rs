//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::json`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JsonParams {
    pub json2: ::std::option::Option<::std::string::String>,
    pub json3: ::std::option::Option<::std::string::String>,
    pub json4: ::std::option::Option<::std::string::String>,
}
impl JsonParams {
    /// Sets `json2`.
    #[must_use]
    pub fn json2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.json2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `json3`.
    #[must_use]
    pub fn json3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.json3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `json4`.
    #[must_use]
    pub fn json4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.json4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::json`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JsonOkHeaders {
    pub json: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::json`].
#[derive(Debug, Clone, PartialEq)]
pub enum JsonResponse {
    /// ok
    Ok { body: super::types::Everything, headers: JsonOkHeaders },
}
/// Documented error responses of [`super::Client::json`].
#[derive(Debug, Clone, PartialEq)]
pub enum JsonError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::json_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum JsonPostError {}
impl super::Client {
    /// */ operation Json "#
    ///
    /// `GET /op154/{Json}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn json(
        &self,
        json: &str,
        params: &JsonParams,
    ) -> ::std::result::Result<JsonResponse, super::Error<JsonError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op154/");
        url.push_str(
            &super::runtime::path_param(
                "Json",
                &super::runtime::to_value("Json", &json)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.json2 {
            let v = super::runtime::to_value("Json", v)?;
            super::runtime::push_param(&mut query, "Json", &v, "form", true);
        }
        if let Some(v) = &params.json3 {
            let v = super::runtime::to_value("Json", v)?;
            headers.push(("Json", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.json4 {
            let v = super::runtime::to_value("Json", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Json", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[154usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("json", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Json", method = "GET", path =
            "/op154/{Json}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("json", status, &response_headers);
        match status {
            200 => {
                let headers = JsonOkHeaders {
                    json: super::runtime::optional_header(
                        &response_headers,
                        "Json",
                        status,
                    )?,
                };
                Ok(JsonResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        JsonError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(JsonError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            JsonError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op154/{Json}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn json_post(
        &self,
        json: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<JsonPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op154/");
        url.push_str(
            &super::runtime::path_param(
                "Json",
                &super::runtime::to_value("Json", &json)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("json_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Json_post", method = "POST", path =
            "/op154/{Json}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("json_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        JsonPostError,
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
